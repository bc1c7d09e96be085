import type { Actor } from "@/lib/auth/actor";
import { moveKitchenOrder } from "@/lib/kitchen/move-kitchen-order";
import { prepMinutesSchema } from "@/lib/kitchen/schemas";

/**
 * The kitchen takes the order and commits to a prep time: `readyAt` is what the customer's
 * page and dispatch plan against. A web order must be paid first; a table order is taken
 * straight from PLACED (lib/orders/status-machine.ts).
 */
export async function acceptOrder(actor: Actor, orderId: string, input: { prepMinutes: number }, now = new Date()) {
  const prepMinutes = prepMinutesSchema.parse(input.prepMinutes);
  const readyAt = new Date(now.getTime() + prepMinutes * 60_000);
  const { order } = await moveKitchenOrder(actor, orderId, {
    to: "ACCEPTED",
    data: { prepMinutes, readyAt },
    payload: { prepMinutes, readyAt: readyAt.toISOString() },
  });
  return order;
}
