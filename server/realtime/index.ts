// The realtime process: the Socket.IO server (./create-realtime-server.ts) on REALTIME_PORT,
// a heartbeat for GET /api/health, and a clean stop on SIGTERM/SIGINT.
import os from "node:os";
import { env } from "@/lib/env";
import { prisma } from "@/lib/db/client";
import { createLogger } from "@/lib/logger";
import { exitOnUnhandled } from "@/lib/process/exit-on-unhandled";
import { allowedOrigins } from "@/lib/realtime/allowed-origins";
import { startHeartbeat } from "@/lib/health/record-heartbeat";
import { redisTarget } from "@/lib/redis";
import { createRealtimeServer } from "./create-realtime-server";

const log = createLogger("realtime");
exitOnUnhandled(log);
const instance = `${os.hostname()}:${env.REALTIME_PORT}:${process.pid}`;

const server = await createRealtimeServer({
  port: env.REALTIME_PORT,
  databaseUrl: env.DATABASE_LISTEN_URL ?? env.DATABASE_URL,
  secret: env.NEXTAUTH_SECRET,
  allowedOrigins: allowedOrigins(env),
  redis: redisTarget(),
  adapter: env.SOCKET_ADAPTER,
  instance,
  log,
});
log.info("realtime listening", { port: server.port, redisAdapter: redisTarget() ? env.SOCKET_ADAPTER : null });

const stopHeartbeat = startHeartbeat(
  prisma,
  "realtime",
  instance,
  () => ({ connections: server.io.engine.clientsCount, port: env.REALTIME_PORT, redis: !!redisTarget() }),
  (error) => log.error("heartbeat failed", { error }),
);

async function shutdown(signal: string) {
  log.info("realtime stopping", { signal });
  stopHeartbeat();
  await server.close();
  await prisma.$disconnect();
  process.exit(0);
}
process.once("SIGTERM", () => void shutdown("SIGTERM"));
process.once("SIGINT", () => void shutdown("SIGINT"));
