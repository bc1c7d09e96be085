import type { Actor } from "@/lib/auth/actor";
import type { PaymentProvider } from "@/lib/payments/provider";
import { acceptOrder } from "@/lib/kitchen/accept-order";
import { rejectOrder } from "@/lib/kitchen/reject-order";
import { markOrderPreparing } from "@/lib/kitchen/mark-order-preparing";
import { markOrderReady } from "@/lib/kitchen/mark-order-ready";
import { markOrderServed } from "@/lib/kitchen/mark-order-served";
import { orderStatusUpdateSchema } from "@/lib/kitchen/schemas";

/** POST /api/v1/orders/{id}/status: one body for every kitchen action, for devices and the screen. */
export async function updateOrderStatus(actor: Actor, orderId: string, body: unknown, provider: PaymentProvider) {
  const update = orderStatusUpdateSchema.parse(body);
  switch (update.status) {
    case "ACCEPTED":
      return acceptOrder(actor, orderId, { prepMinutes: update.prep_minutes });
    case "REJECTED":
      return rejectOrder(actor, orderId, { reason: update.reason }, provider);
    case "PREPARING":
      return markOrderPreparing(actor, orderId);
    case "READY":
      return markOrderReady(actor, orderId);
    case "DELIVERED":
      return markOrderServed(actor, orderId);
  }
}
