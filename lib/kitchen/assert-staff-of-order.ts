import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { forbidden, notFound } from "@/lib/errors/app-error";
import { assertStaffOf } from "@/lib/kitchen/assert-staff-of";

/**
 * The scope check of an action on one order: the actor must be staff of the order's outlet.
 * Staff get 403 for an order that does not exist too, as assertStaffOf does for outlets, so
 * order ids cannot be probed. Returns the outlet's id.
 */
export async function assertStaffOfOrder(actor: Actor, orderId: string): Promise<string> {
  const order = await prisma.order.findUnique({ where: { id: orderId }, select: { restaurantId: true } });
  if (!order) throw actor.role === "PLATFORM_ADMIN" ? notFound("Order") : forbidden();
  // An order never changes outlet, so this check still holds when the caller writes.
  await assertStaffOf(actor, order.restaurantId);
  return order.restaurantId;
}
