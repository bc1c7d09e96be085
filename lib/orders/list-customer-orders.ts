import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";

/** The customer's own orders, newest first. */
export async function listCustomerOrders(actor: Actor, limit = 20) {
  return prisma.order.findMany({
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
      items: { select: { itemId: true, name: true, unitPriceCents: true, quantity: true } },
    },
  });
}
