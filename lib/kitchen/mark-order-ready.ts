import type { Actor } from "@/lib/auth/actor";
import { moveKitchenOrder } from "@/lib/kitchen/move-kitchen-order";

/** On the pass, waiting for its driver or its waiter (PREPARING → READY). */
export async function markOrderReady(actor: Actor, orderId: string) {
  return (await moveKitchenOrder(actor, orderId, { to: "READY" })).order;
}
