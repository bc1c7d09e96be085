// How long our HTTP servers keep an idle keep-alive connection open. Node's default (5 s) is
// shorter than the idle time of what sits in front of them (HAProxy reuses server connections
// for up to its `timeout server`, 60 s; browsers and HTTP clients pool theirs): the server then
// closes a connection at the moment the peer sends the next request on it, and that request
// fails with ECONNRESET (seen in CI at load 26). The side that closes idle connections must be
// the one in front, so ours outlast it; headersTimeout must stay above keepAliveTimeout.
import type { Server } from "node:http";

export const IDLE_KEEP_ALIVE_MS = 65_000;

export function keepIdleConnectionsAlive(server: Server): Server {
  server.keepAliveTimeout = IDLE_KEEP_ALIVE_MS;
  server.headersTimeout = IDLE_KEEP_ALIVE_MS + 1_000;
  return server;
}
