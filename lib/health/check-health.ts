import { prisma } from "@/lib/db/client";
import { queryRows, sql } from "@/lib/db/sql";
import { env } from "@/lib/env";
import { getRedis, withRedis } from "@/lib/redis";
import { HEARTBEAT_STALE_MS } from "@/lib/health/record-heartbeat";

type PartStatus = "ok" | "down" | "not_configured";
export interface Health {
  /** "down": this instance cannot serve as it should (GET /api/health answers 503). */
  status: "ok" | "degraded" | "down";
  checks: Record<"database" | "redis" | "realtime" | "worker", { status: PartStatus; [key: string]: unknown }>;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error("timeout")), ms))]);
}

async function timed(fn: () => Promise<unknown>) {
  const start = performance.now();
  try {
    await withTimeout(fn(), 2000);
    return { status: "ok" as const, latencyMs: Math.round(performance.now() - start) };
  } catch (error) {
    return { status: "down" as const, error: error instanceof Error ? error.message : String(error) };
  }
}

async function processes(service: string) {
  const rows = await prisma.serviceHeartbeat.findMany({
    where: { service, lastSeenAt: { gt: new Date(Date.now() - HEARTBEAT_STALE_MS) } },
    select: { instance: true, info: true, lastSeenAt: true },
  });
  return { status: rows.length ? ("ok" as const) : ("down" as const), instances: rows };
}

/**
 * Database first: without it nothing else can be read, and the app is down. A configured Redis
 * is needed too (HEALTH_REQUIRES_REDIS): while it is away requests are still answered (menus
 * from the database, 503 where Redis is required), but the load balancer should prefer an
 * instance that reaches it. The ping goes through the breaker, so it is also its trial call.
 */
export async function checkHealth(): Promise<Health> {
  // Plain `pg`: the probe runs every few seconds per instance, and what it asks is whether the
  // database answers, not whether the ORM has finished starting.
  const database = await timed(() => queryRows(sql`SELECT 1`));
  const redis = getRedis() ? await timed(() => withRedis((r) => r.ping())) : { status: "not_configured" as const };
  if (database.status === "down") {
    const unknown = { status: "down" as const, reason: "database unavailable" };
    return { status: "down", checks: { database, redis, realtime: unknown, worker: unknown } };
  }
  const [realtime, worker] = await Promise.all([processes("realtime"), processes("worker")]);
  const checks = { database, redis, realtime, worker };
  if (redis.status === "down" && env.HEALTH_REQUIRES_REDIS) return { status: "down", checks };
  const allOk = [redis, realtime, worker].every((c) => c.status !== "down");
  return { status: allOk ? "ok" : "degraded", checks };
}
