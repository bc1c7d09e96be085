import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { orderLineSelect, toOrderLine } from "@/lib/orders/order-line";

/** The customer's own orders, newest first. */
export async function listCustomerOrders(actor: Actor, limit = 20) {
  const orders = await prisma.order.findMany({
    where: { customerId: actor.userId },
    orderBy: { placedAt: "desc" },
    take: limit,
    select: {
      id: true,
      status: true,
      totalCents: true,
      currency: true,
      placedAt: true,
      restaurant: { select: { id: true, name: true, timeZone: true, deliveryFeeCents: true } },
      kitchenNote: true,
      items: { select: orderLineSelect },
    },
  });
  return orders.map((order) => ({ ...order, items: order.items.map(toOrderLine) }));
}
