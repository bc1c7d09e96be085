// What dispatch does when a delivery order changes status (the worker hears every order
// event): a new ETA for the customer, the driver's job card refreshed, offers withdrawn and
// the driver freed when the order ended undelivered. Says whether it now needs a driver.
import { prisma } from "@/lib/db/client";
import { recomputeEta } from "@/lib/tracking/recompute-eta";
import { publishDispatchEvent } from "@/lib/dispatch/dispatch-events";
import { releaseFinishedOrder, UNDELIVERED_END_STATUSES } from "@/lib/dispatch/release-finished-order";
import { DISPATCHABLE_STATUSES } from "@/lib/dispatch/dispatch-order";
import type { OrderStatus } from "@/lib/generated/prisma/enums";

export async function followOrderChange(orderId: string, now = new Date()): Promise<{ needsDriver: boolean }> {
  const order = await prisma.order.findUnique({ where: { id: orderId }, select: { status: true, channel: true, driverId: true } });
  if (!order || order.channel === "TABLE") return { needsDriver: false };
  if ((UNDELIVERED_END_STATUSES as readonly OrderStatus[]).includes(order.status)) {
    await releaseFinishedOrder(orderId, now);
    return { needsDriver: false };
  }
  await recomputeEta(prisma, orderId, order.status.toLowerCase(), { now });
  if (order.driverId) await publishDispatchEvent(prisma, { type: "job:updated", driverId: order.driverId, orderId });
  return { needsDriver: !order.driverId && (DISPATCHABLE_STATUSES as readonly OrderStatus[]).includes(order.status) };
}
