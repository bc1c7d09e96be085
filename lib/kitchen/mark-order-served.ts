import type { Actor } from "@/lib/auth/actor";
import { moveKitchenOrder } from "@/lib/kitchen/move-kitchen-order";

/**
 * A dine-in order brought to its table (READY → DELIVERED). Deliveries are finished by
 * their driver: for them the status machine refuses this move (409).
 */
export async function markOrderServed(actor: Actor, orderId: string) {
  return (await moveKitchenOrder(actor, orderId, { to: "DELIVERED" })).order;
}
