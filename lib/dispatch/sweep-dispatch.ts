// The safety net, every minute (server/worker/dispatch-jobs.ts): whatever a lost job or a
// worker that was down left behind. Offers past their time are expired; offers and drivers
// still tied to orders that ended without delivery are released; and every delivery order
// still waiting for a driver with no open offer is returned, for the worker to dispatch.
import { prisma } from "@/lib/db/client";
import { expireOffers } from "@/lib/dispatch/expire-offer";
import { releaseFinishedOrder, UNDELIVERED_END_STATUSES } from "@/lib/dispatch/release-finished-order";
import { DISPATCHABLE_STATUSES } from "@/lib/dispatch/dispatch-order";
import { JOB_STATUSES } from "@/lib/dispatch/get-driver-job";

const BATCH = 500;

export async function sweepDispatch(now = new Date()): Promise<{ expired: number; released: number; waiting: string[] }> {
  const expired = await expireOffers({}, now);
  const stuck = await prisma.order.findMany({
    where: {
      status: { in: [...UNDELIVERED_END_STATUSES] },
      OR: [{ offers: { some: { status: "PENDING" } } }, { driver: { status: "ON_DELIVERY", orders: { none: { status: { in: [...JOB_STATUSES] } } } } }],
    },
    select: { id: true },
    take: BATCH,
  });
  for (const order of stuck) await releaseFinishedOrder(order.id, now);
  const waiting = await prisma.order.findMany({
    where: {
      channel: { not: "TABLE" },
      status: { in: [...DISPATCHABLE_STATUSES] },
      driverId: null,
      deliveryLat: { not: null },
      offers: { none: { status: "PENDING" } },
    },
    select: { id: true },
    orderBy: { placedAt: "asc" },
    take: BATCH,
  });
  return { expired: expired.length, released: stuck.length, waiting: waiting.map((o) => o.id) };
}
