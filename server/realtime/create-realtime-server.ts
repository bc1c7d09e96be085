// The Socket.IO server: authenticates the next-auth session cookie on connect, puts each
// socket in its user's room, lets it subscribe to order events, relays those events, and
// takes kitchen screens' heartbeats and drivers' GPS points.
// With a Redis URL it uses a Redis adapter (./redis-adapter.ts), so several instances can run
// behind a load balancer; without one an instance works alone. server/realtime/index.ts runs it as a
// process; tests start and stop it in-process.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Server, type Socket } from "socket.io";
import { createLogger, type Logger } from "@/lib/logger";
import type { RedisTarget } from "@/lib/redis";
import { sessionIdFromToken, sessionTokenFromCookieHeader } from "@/lib/auth/verify-session-cookie";
import { resolveSession } from "@/lib/auth/resolve-session";
import { findEndedSessions } from "@/lib/auth/find-ended-sessions";
import { driverRoom, monitoringRoom, userRoom, type ClientToServerEvents, type ServerToClientEvents } from "@/lib/realtime/events";
import type { Actor } from "@/lib/auth/actor";
import type { LiveEventMessage } from "@/lib/events/live-event-types";
import { flushPositionHistory } from "@/lib/tracking/position-history-writer";
import type { LeadershipOptions } from "@/lib/events/order-event-leadership";
import { startOrderEventFanout, type InterServerEvents } from "./order-event-fanout";
import { registerSubscriptionHandlers } from "./subscription-handlers";
import { registerKitchenHeartbeat } from "./kitchen-heartbeat";
import { registerDriverLocation } from "./driver-location";
import { createLoadShedder } from "./load-shedder";
import { startPublicNamespace } from "./public-namespace";
import { startLiveEventRelay } from "@/lib/events/live-event-relay";
import { startDispatchRelay } from "./dispatch-relay";
import { createDriverContextCache } from "@/lib/tracking/driver-context-cache";
import { readDriverContext } from "@/lib/tracking/read-driver-context";
import { keepIdleConnectionsAlive } from "@/lib/http/idle-keep-alive";
import type { SocketAdapterKind } from "@/lib/realtime/socket-adapters";
import { createRedisAdapter } from "./redis-adapter";

type SocketData = { actor: Actor; sessionId: string; driverId: string | null };
export type RealtimeIo = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

export interface RealtimeServerOptions {
  /** 0 picks a free port (tests); the chosen one is `RealtimeServer.port`. */
  port: number;
  /** The database `@/lib/db/client` reads, directly (DATABASE_LISTEN_URL behind a transaction-mode pooler): the relays LISTEN on it. */
  databaseUrl: string;
  /** NEXTAUTH_SECRET: the realtime server trusts the web app's session tokens. */
  secret: string;
  /** Browser origins allowed to open a socket with the session cookie. */
  allowedOrigins: string[];
  /** Redis for the Socket.IO adapter (a URL or Sentinels), so several instances share rooms. */
  redis?: RedisTarget;
  /** Which Redis adapter (default sharded; see ./redis-adapter.ts). */
  adapter?: SocketAdapterKind;
  /** This instance's name in GET /health. */
  instance: string;
  relay?: Pick<LeadershipOptions, "pollMs" | "graceMs" | "watchMs" | "lockRetryMs" | "leaderSilenceMs">;
  /** How often open sockets' sessions are re-checked; ended ones are disconnected (default 30 s). */
  sessionCheckMs?: number;
  /** A ceiling on GPS points ingested at once (default none: `busy` is sized by measured latency, see load-shedder.ts). */
  maxPositionsInFlight?: number;
  log?: Logger;
}

export interface RealtimeServer {
  io: RealtimeIo;
  /** Whether this instance is the one reading the order event log for all (tests, /health). */
  leadsOrderEvents(): boolean;
  port: number;
  close(): Promise<void>;
}

export async function createRealtimeServer(options: RealtimeServerOptions): Promise<RealtimeServer> {
  const log = options.log ?? createLogger("realtime");
  const httpServer = keepIdleConnectionsAlive(http.createServer((req, res) => {
    if (req.url === "/health") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ status: "ok", instance: options.instance, connections: io.engine.clientsCount, relayLeader: relay.leading() }));
      return;
    }
    res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: "Not found" }));
  }));

  const io: RealtimeIo = new Server(httpServer, {
    cors: { origin: options.allowedOrigins, credentials: true },
    // CORS does not cover WebSockets: a page of another site could open one with the user's
    // cookie. A browser always sends Origin, so a foreign one is refused at the handshake;
    // clients without one (simulator, devices) authenticate with a token instead.
    allowRequest: (req, callback) => {
      const origin = req.headers.origin;
      callback(null, origin === undefined || options.allowedOrigins.includes(origin));
    },
    // Lets a briefly disconnected client get back its rooms and missed packets, with one
    // instance (the in-memory adapter) only: neither Redis adapter stores sessions. Behind
    // Redis, clients resubscribe with their seq cursor, which is what no missed event rests on.
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60 * 1000 },
  });

  const redisAdapter = options.redis ? createRedisAdapter(options.adapter ?? "sharded", options.redis, log) : null;
  if (redisAdapter) io.adapter(redisAdapter.adapter);
  const redisClients = redisAdapter?.clients ?? [];

  // One instance reads the order event log for all (the one holding the relay lock) and
  // publishes each batch through the adapter; every instance sends only to its own sockets
  // (io.local), from its own settled seq on, so each socket gets each event once whichever
  // instance leads. A relay per instance read and decoded every event N times: its CPU per
  // event grew with N (docs/capacity.md, "Fan-out").
  const relay = await startOrderEventFanout({ ...options.relay, io, shared: redisAdapter !== null, databaseUrl: options.databaseUrl, log });

  // Signed-out menus and table tablets (own namespace: the session check below is not applied to it).
  const publicNamespace = await startPublicNamespace({ io, databaseUrl: options.databaseUrl, log });
  // Chain monitoring: incidents, listing and outlet status changes to the chains' monitoring rooms.
  const liveEventRelay = await startLiveEventRelay({
    databaseUrl: options.databaseUrl,
    send: ({ chainId, seq, type, data }) => io.local.to(monitoringRoom(chainId)).emit("monitoring:event", { seq, type, data } as LiveEventMessage),
    log,
  });
  const driverContexts = createDriverContextCache();
  const positionIngest = { contexts: driverContexts, shedder: createLoadShedder({ maxInFlight: options.maxPositionsInFlight }) };
  const dispatchRelay = await startDispatchRelay({ io, databaseUrl: options.databaseUrl, log, driverContexts });

  // Browsers send the session cookie; other clients (simulator, devices) may pass the token.
  // The session row is checked on every connection: a signed-out or revoked cookie is refused.
  io.use(async (socket, next) => {
    const token = typeof socket.handshake.auth?.token === "string" ? socket.handshake.auth.token : undefined;
    try {
      const sessionId = await sessionIdFromToken(token ?? sessionTokenFromCookieHeader(socket.handshake.headers.cookie), options.secret);
      const actor = sessionId ? await resolveSession(sessionId) : null;
      if (!sessionId || !actor) return next(new Error("unauthorized"));
      socket.data.actor = actor;
      socket.data.sessionId = sessionId;
      // A driver's offers and job updates go to their driver room, joined on connect; the
      // driver's context is read now, so their GPS points need no database read.
      socket.data.driverId = actor.role === "DRIVER" ? ((await readDriverContext(actor.userId, driverContexts))?.id ?? null) : null;
    } catch (error) {
      log.error("cannot check the session of a socket", { error });
      return next(new Error("unavailable"));
    }
    next();
  });

  io.on("connection", (socket) => {
    const { actor } = socket.data;
    void socket.join(userRoom(actor.userId));
    if (socket.data.driverId) void socket.join(driverRoom(socket.data.driverId));
    socket.emit("welcome", { userId: actor.userId, role: actor.role, serverTime: new Date().toISOString() });
    socket.on("ping", (ack) => {
      if (typeof ack === "function") ack({ serverTime: new Date().toISOString() });
    });
    registerSubscriptionHandlers(socket, relay.settledSeq, log);
    registerKitchenHeartbeat(socket, log);
    registerDriverLocation(socket, positionIngest, log);
  });

  // Sockets opened before a sign-out or a role change: every instance re-checks the sessions
  // of its own sockets (two statements for all of them) and disconnects the ended ones.
  const sessionCheck = setInterval(() => {
    const sockets = [...io.of("/").sockets.values()];
    findEndedSessions([...new Set(sockets.map((socket) => socket.data.sessionId))])
      .then((ended) => {
        const gone = new Set(ended);
        for (const socket of sockets) if (gone.has(socket.data.sessionId)) socket.disconnect(true);
      })
      .catch((error: unknown) => log.error("cannot re-check socket sessions", { error }));
  }, options.sessionCheckMs ?? 30_000);

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(options.port, () => resolve());
  });

  return {
    io,
    leadsOrderEvents: relay.leading,
    port: (httpServer.address() as AddressInfo).port,
    async close() {
      clearInterval(sessionCheck);
      await relay.stop();
      await publicNamespace.stop();
      await liveEventRelay.stop();
      await dispatchRelay.stop();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      // Points still being stored forward through the adapter's Redis client: let them finish (bounded).
      for (let waited = 0; positionIngest.shedder.inFlight > 0 && waited < 2000; waited += 20) await new Promise((r) => setTimeout(r, 20));
      // GPS history still buffered for its batch insert.
      await flushPositionHistory();
      await Promise.all(redisClients.map((c) => c.quit().catch(() => undefined)));
    },
  };
}
