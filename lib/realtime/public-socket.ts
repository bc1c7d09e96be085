// The tab's one connection to the realtime server's public namespace (no session needed).
import { io, type Socket } from "socket.io-client";
import { PUBLIC_NAMESPACE, type PublicClientToServerEvents, type PublicServerToClientEvents } from "@/lib/realtime/menu-events";

export type PublicRealtimeClient = Socket<PublicServerToClientEvents, PublicClientToServerEvents>;

let shared: { url: string; socket: PublicRealtimeClient } | undefined;

/** The tab's public socket to the realtime server at `url`, created on first use. */
export function getPublicSocket(url: string): PublicRealtimeClient {
  if (shared?.url !== url) {
    shared?.socket.disconnect();
    // The same options as the session socket (lib/realtime/realtime-socket.ts): both share one
    // connection to the server, set up by whichever is created first. The public namespace
    // ignores the cookie. WebSocket first: behind a load balancer it needs no sticky sessions.
    shared = {
      url,
      socket: io(`${url}${PUBLIC_NAMESPACE}`, { withCredentials: true, transports: ["websocket", "polling"], tryAllTransports: true }),
    };
  }
  return shared.socket;
}
