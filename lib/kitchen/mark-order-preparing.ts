import type { Actor } from "@/lib/auth/actor";
import { moveKitchenOrder } from "@/lib/kitchen/move-kitchen-order";

/** Cooking has started (ACCEPTED → PREPARING). */
export async function markOrderPreparing(actor: Actor, orderId: string) {
  return (await moveKitchenOrder(actor, orderId, { to: "PREPARING" })).order;
}
