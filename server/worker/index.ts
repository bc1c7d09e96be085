// The background worker: runs jobs from a PostgreSQL-backed queue (pg-boss), so jobs are
// durable, retried with backoff and dead-lettered without any extra infrastructure.
// Job handlers arrive with the capabilities that need them (dispatch, ETA, alerts…).
import os from "node:os";
import PgBoss from "pg-boss";
import { env } from "@/lib/env";
import { prisma } from "@/lib/db/client";
import { createLogger } from "@/lib/logger";
import { exitOnUnhandled } from "@/lib/process/exit-on-unhandled";
import { isDatabaseUnavailable } from "@/lib/db/database-unavailable";
import { getRedis, withRedis } from "@/lib/redis";
import { startHeartbeat } from "@/lib/health/record-heartbeat";
import { schedulePaymentJobs } from "./schedule-payment-jobs";
import { startDispatchJobs } from "./dispatch-jobs";
import { startMonitoringJobs } from "./monitoring-jobs";

const log = createLogger("worker");
// pg-boss 10 records a job's completion or failure without awaiting it (manager.js onFetch):
// when PostgreSQL restarts under a running job, that write's rejection goes unhandled. The
// job stays active and is retried once it expires; the process is sound and its pools
// reconnect, so it must not exit (every worker would at once, on one database restart).
exitOnUnhandled(log, { survivable: isDatabaseUnavailable });
const instance = `${os.hostname()}:${process.pid}`;

const boss = new PgBoss({ connectionString: env.DATABASE_URL, schema: "pgboss", application_name: "swifteats-worker" });
boss.on("error", (error) => log.error("queue error", { error }));

await boss.start();
await schedulePaymentJobs(boss, log);
const dispatch = await startDispatchJobs(boss, log);
const monitoring = await startMonitoringJobs(boss, log);
const redis = getRedis();
// Jobs that need Redis retry on their own; the rest (payment expiry, monitoring) must not wait for it.
if (redis) await withRedis((r) => r.ping()).catch((error: unknown) => log.warn("redis unavailable at start; jobs that need it will retry", { error: String(error) }));
log.info("worker started", { redis: !!redis });

const stopHeartbeat = startHeartbeat(
  prisma,
  "worker",
  instance,
  () => ({ queue: "pg-boss", redis: !!redis }),
  (error) => log.error("heartbeat failed", { error }),
);

async function shutdown(signal: string) {
  log.info("worker stopping", { signal });
  stopHeartbeat();
  await dispatch.stop();
  await monitoring.stop();
  await boss.stop({ graceful: true, timeout: 5000 });
  await redis?.quit().catch(() => undefined);
  await prisma.$disconnect();
  process.exit(0);
}
process.once("SIGTERM", () => void shutdown("SIGTERM"));
process.once("SIGINT", () => void shutdown("SIGINT"));
