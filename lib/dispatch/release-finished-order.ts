// When an order ends without a delivery (cancelled or rejected): open offers for it are
// withdrawn from the drivers' screens, and a driver already assigned is free again. Run by
// the worker on the order's status event, and by the sweep for anything it missed.
import { prisma } from "@/lib/db/client";
import { publishDispatchEvent } from "@/lib/dispatch/dispatch-events";

export const UNDELIVERED_END_STATUSES = ["CANCELLED", "REJECTED", "PAYMENT_FAILED"] as const;

export async function releaseFinishedOrder(orderId: string, now = new Date()): Promise<{ withdrawn: number; driverFreed: boolean }> {
  return prisma.$transaction(async (tx) => {
    const order = await tx.order.findFirst({ where: { id: orderId, status: { in: [...UNDELIVERED_END_STATUSES] } }, select: { driverId: true } });
    if (!order) return { withdrawn: 0, driverFreed: false };
    const open = await tx.deliveryOffer.findMany({ where: { orderId, status: "PENDING" }, select: { id: true, driverId: true } });
    await tx.deliveryOffer.updateMany({ where: { id: { in: open.map((o) => o.id) }, status: "PENDING" }, data: { status: "WITHDRAWN", respondedAt: now } });
    for (const offer of open) await publishDispatchEvent(tx, { type: "offer:withdrawn", driverId: offer.driverId, offerId: offer.id });

    let driverFreed = false;
    if (order.driverId) {
      // Back to the pool, unless the driver meanwhile went offline (only ON_DELIVERY moves).
      const { count } = await tx.driver.updateMany({
        where: { id: order.driverId, status: "ON_DELIVERY", orders: { none: { status: { in: ["ACCEPTED", "PREPARING", "READY", "PICKED_UP"] } } } },
        data: { status: "AVAILABLE", availableSince: now, version: { increment: 1 } },
      });
      driverFreed = count > 0;
      await publishDispatchEvent(tx, { type: "job:updated", driverId: order.driverId, orderId });
    }
    return { withdrawn: open.length, driverFreed };
  });
}
