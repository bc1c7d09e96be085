import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/api/errors";
import type { Actor } from "@/lib/auth/actor";
import { orderSelect } from "@/lib/orders/create-order";

/** One of the customer's own orders with its timeline; anyone else's is "not found". */
export async function getCustomerOrder(actor: Actor, orderId: string) {
  const order = await prisma.order.findFirst({
    where: { id: orderId, customerId: actor.userId },
    select: {
      ...orderSelect,
      prepMinutes: true,
      etaAt: true,
      restaurant: { select: { id: true, name: true, address: true, lat: true, lng: true, timeZone: true } },
      events: {
        orderBy: { seq: "asc" },
        select: { seq: true, type: true, fromStatus: true, toStatus: true, actorRole: true, payload: true, createdAt: true },
      },
    },
  });
  if (!order) throw notFound("Order");
  return { ...order, events: order.events.map((e) => ({ ...e, seq: e.seq.toString(), orderId: order.id })) };
}
