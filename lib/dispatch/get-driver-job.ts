import { prisma } from "@/lib/db/client";
import { jobSelect, toJob, type Job } from "@/lib/dispatch/views";

/** Statuses in which an assigned order is the driver's current job. */
export const JOB_STATUSES = ["ACCEPTED", "PREPARING", "READY", "PICKED_UP"] as const;

/** The order as its driver sees it, if `driverId` carries it (null otherwise). */
export async function getDriverJob(driverId: string, orderId: string): Promise<Job | null> {
  const row = await prisma.order.findFirst({ where: { id: orderId, driverId }, select: jobSelect });
  return row ? toJob(row) : null;
}

/** The driver's current job, if any (at most one: orders_one_active_per_driver). */
export async function getCurrentJob(driverId: string): Promise<Job | null> {
  const row = await prisma.order.findFirst({ where: { driverId, status: { in: [...JOB_STATUSES] } }, select: jobSelect });
  return row ? toJob(row) : null;
}
