// The Socket.IO server: authenticates the next-auth session cookie on connect, puts each
// socket in its user's room, lets it subscribe to order events, relays those events, and
// takes kitchen screens' heartbeats and drivers' GPS points.
// With a Redis URL it uses the Redis adapter, so several instances can run behind a load
// balancer; without one an instance works alone. server/realtime/index.ts runs it as a
// process; tests start and stop it in-process.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Server, type Socket } from "socket.io";
import { createAdapter } from "@socket.io/redis-adapter";
import { createLogger, type Logger } from "@/lib/logger";
import { createRedis } from "@/lib/redis";
import { actorFromCookieHeader, actorFromSessionToken } from "@/lib/auth/verify-session-cookie";
import { driverRoom, userRoom, type ClientToServerEvents, type ServerToClientEvents } from "@/lib/realtime/events";
import type { Actor } from "@/lib/auth/actor";
import { flushPositionHistory } from "@/lib/tracking/position-history-writer";
import { startOrderEventRelay, type RelayOptions } from "./order-event-relay";
import { registerSubscriptionHandlers } from "./subscription-handlers";
import { registerKitchenHeartbeat } from "./kitchen-heartbeat";
import { registerDriverLocation } from "./driver-location";
import { createLoadShedder } from "./load-shedder";
import { startPublicNamespace } from "./public-namespace";
import { startMonitoringRelay } from "./monitoring-relay";
import { startDispatchRelay } from "./dispatch-relay";
import { createDriverContextCache } from "@/lib/tracking/driver-context-cache";
import { readDriverContext } from "@/lib/tracking/read-driver-context";

type SocketData = { actor: Actor; driverId: string | null };
export type RealtimeIo = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export interface RealtimeServerOptions {
  /** 0 picks a free port (tests); the chosen one is `RealtimeServer.port`. */
  port: number;
  /** The database `@/lib/db/client` reads (DATABASE_URL): the relay LISTENs on it. */
  databaseUrl: string;
  /** NEXTAUTH_SECRET: the realtime server trusts the web app's session tokens. */
  secret: string;
  /** Browser origins allowed to open a socket with the session cookie. */
  allowedOrigins: string[];
  redisUrl?: string;
  /** This instance's name in GET /health. */
  instance: string;
  relay?: Pick<RelayOptions, "pollMs" | "graceMs" | "watchMs">;
  /** A ceiling on GPS points ingested at once (default none: `busy` is sized by measured latency, see load-shedder.ts). */
  maxPositionsInFlight?: number;
  log?: Logger;
}

export interface RealtimeServer {
  io: RealtimeIo;
  port: number;
  close(): Promise<void>;
}

export async function createRealtimeServer(options: RealtimeServerOptions): Promise<RealtimeServer> {
  const log = options.log ?? createLogger("realtime");
  const httpServer = http.createServer((req, res) => {
    if (req.url === "/health") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ status: "ok", instance: options.instance, connections: io.engine.clientsCount }));
      return;
    }
    res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: "Not found" }));
  });

  const io: RealtimeIo = new Server(httpServer, {
    cors: { origin: options.allowedOrigins, credentials: true },
    // Lets a briefly disconnected client get back its rooms and missed packets.
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60 * 1000 },
  });

  const redisClients = options.redisUrl ? [createRedis(options.redisUrl), createRedis(options.redisUrl)] : [];
  if (redisClients.length === 2) io.adapter(createAdapter(redisClients[0]!, redisClients[1]!));

  // Every instance runs a relay and sends only to its own sockets (io.local). With the Redis
  // adapter, io.to() would also publish to every other instance, and as each of them relays
  // the same log too, a client would get each event once per instance. Per-instance relays
  // cost one indexed read per batch per instance and need no leader election or failover.
  const relay = await startOrderEventRelay({
    ...options.relay,
    databaseUrl: options.databaseUrl,
    send: (rooms, event) => io.local.to(rooms).emit("order:event", event),
    log,
  });

  // Signed-out menus and table tablets (own namespace: the session check below is not applied to it).
  const publicNamespace = await startPublicNamespace({ io, databaseUrl: options.databaseUrl, log });
  // Chain monitoring: incidents and listing changes to the chain rooms.
  const monitoringRelay = await startMonitoringRelay({ io, databaseUrl: options.databaseUrl, log });
  const driverContexts = createDriverContextCache();
  const positionIngest = { contexts: driverContexts, shedder: createLoadShedder({ maxInFlight: options.maxPositionsInFlight }) };
  const dispatchRelay = await startDispatchRelay({ io, databaseUrl: options.databaseUrl, log, driverContexts });

  // Browsers send the session cookie; other clients (simulator, devices) may pass the token.
  io.use(async (socket, next) => {
    const token = typeof socket.handshake.auth?.token === "string" ? socket.handshake.auth.token : undefined;
    const actor = token
      ? await actorFromSessionToken(token, options.secret)
      : await actorFromCookieHeader(socket.handshake.headers.cookie, options.secret);
    if (!actor) return next(new Error("unauthorized"));
    socket.data.actor = actor;
    // A driver's offers and job updates go to their driver room, joined on connect; the
    // driver's context is read now, so their GPS points need no database read.
    try {
      socket.data.driverId = actor.role === "DRIVER" ? ((await readDriverContext(actor.userId, driverContexts))?.id ?? null) : null;
    } catch (error) {
      log.error("cannot look up the driver of a socket", { error });
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

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(options.port, () => resolve());
  });

  return {
    io,
    port: (httpServer.address() as AddressInfo).port,
    async close() {
      await relay.stop();
      await publicNamespace.stop();
      await monitoringRelay.stop();
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
