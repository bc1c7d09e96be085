import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/auth/actor";
import { orderSelect } from "@/lib/orders/create-order";
import { toOrderLine } from "@/lib/orders/order-line";
import { orderEventSelect, toOrderEventMessage } from "@/lib/realtime/order-event-message";

/** One of the customer's own orders with its timeline; anyone else's is "not found". */
export async function getCustomerOrder(actor: Actor, orderId: string) {
  const order = await prisma.order.findFirst({
    where: { id: orderId, customerId: actor.userId },
    select: {
      ...orderSelect,
      prepMinutes: true,
      etaAt: true,
      restaurant: { select: { id: true, name: true, address: true, lat: true, lng: true, timeZone: true } },
      events: { orderBy: { seq: "asc" }, select: orderEventSelect },
    },
  });
  if (!order) throw notFound("Order");
  return { ...order, items: order.items.map(toOrderLine), events: order.events.map(toOrderEventMessage) };
}
