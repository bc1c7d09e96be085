// The Socket.IO server: authenticates the next-auth session cookie on connect and puts each
// socket in its user's room. With REDIS_URL it uses the Redis adapter, so several instances
// can run behind a load balancer; without it one instance works alone.
import http from "node:http";
import os from "node:os";
import { Server } from "socket.io";
import { createAdapter } from "@socket.io/redis-adapter";
import { env } from "@/lib/env";
import { prisma } from "@/lib/db/client";
import { createLogger } from "@/lib/logger";
import { createRedis } from "@/lib/redis";
import { actorFromCookieHeader, actorFromSessionToken } from "@/lib/auth/verify-session-cookie";
import { allowedOrigins } from "@/lib/realtime/allowed-origins";
import { userRoom, type ClientToServerEvents, type ServerToClientEvents } from "@/lib/realtime/events";
import type { Actor } from "@/lib/auth/actor";
import { startHeartbeat } from "@/lib/health/record-heartbeat";

const log = createLogger("realtime");
const instance = `${os.hostname()}:${env.REALTIME_PORT}:${process.pid}`;

const httpServer = http.createServer((req, res) => {
  if (req.url === "/health") {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ status: "ok", instance, connections: io.engine.clientsCount }));
    return;
  }
  res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: "Not found" }));
});

const io = new Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, { actor: Actor }>(httpServer, {
  cors: { origin: allowedOrigins(env), credentials: true },
  // Lets a briefly disconnected client get back its rooms and missed packets.
  connectionStateRecovery: { maxDisconnectionDuration: 2 * 60 * 1000 },
});

const redisClients = env.REDIS_URL ? [createRedis(env.REDIS_URL), createRedis(env.REDIS_URL)] : [];
if (redisClients.length === 2) io.adapter(createAdapter(redisClients[0]!, redisClients[1]!));

// Browsers send the session cookie; other clients (simulator, devices) may pass the token.
io.use(async (socket, next) => {
  const token = typeof socket.handshake.auth?.token === "string" ? socket.handshake.auth.token : undefined;
  const actor = token
    ? await actorFromSessionToken(token, env.NEXTAUTH_SECRET)
    : await actorFromCookieHeader(socket.handshake.headers.cookie, env.NEXTAUTH_SECRET);
  if (!actor) return next(new Error("unauthorized"));
  socket.data.actor = actor;
  next();
});

io.on("connection", (socket) => {
  const { actor } = socket.data;
  void socket.join(userRoom(actor.userId));
  socket.emit("welcome", { userId: actor.userId, role: actor.role, serverTime: new Date().toISOString() });
  socket.on("ping", (ack) => {
    if (typeof ack === "function") ack({ serverTime: new Date().toISOString() });
  });
});

const stopHeartbeat = startHeartbeat(
  prisma,
  "realtime",
  instance,
  () => ({ connections: io.engine.clientsCount, port: env.REALTIME_PORT, redis: !!env.REDIS_URL }),
  (error) => log.error("heartbeat failed", { error }),
);

httpServer.listen(env.REALTIME_PORT, () => {
  log.info("realtime listening", { port: env.REALTIME_PORT, redisAdapter: !!env.REDIS_URL });
});

async function shutdown(signal: string) {
  log.info("realtime stopping", { signal });
  stopHeartbeat();
  await new Promise<void>((resolve) => io.close(() => resolve()));
  await Promise.all(redisClients.map((c) => c.quit().catch(() => undefined)));
  await prisma.$disconnect();
  process.exit(0);
}
process.once("SIGTERM", () => void shutdown("SIGTERM"));
process.once("SIGINT", () => void shutdown("SIGINT"));
