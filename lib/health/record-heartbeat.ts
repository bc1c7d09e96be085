import type { PrismaClient } from "@/lib/generated/prisma/client";

export const HEARTBEAT_INTERVAL_MS = 5_000;
/** A process is considered down after missing three heartbeats. */
export const HEARTBEAT_STALE_MS = 3 * HEARTBEAT_INTERVAL_MS;

/** Records that a standalone process (realtime, worker) is alive, with what it wants to report. */
export async function recordHeartbeat(db: PrismaClient, service: string, instance: string, info: object) {
  await db.serviceHeartbeat.upsert({
    where: { service_instance: { service, instance } },
    create: { service, instance, info, lastSeenAt: new Date() },
    update: { info, lastSeenAt: new Date() },
  });
}

/** Calls recordHeartbeat now and every HEARTBEAT_INTERVAL_MS; returns a stop function. */
export function startHeartbeat(db: PrismaClient, service: string, instance: string, info: () => object, onError: (e: unknown) => void) {
  const beat = () => recordHeartbeat(db, service, instance, info()).catch(onError);
  void beat();
  const timer = setInterval(beat, HEARTBEAT_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
