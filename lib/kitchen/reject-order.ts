import type { Actor } from "@/lib/auth/actor";
import { logger } from "@/lib/logger";
import { invalidateMenu } from "@/lib/catalog/get-menu";
import { releaseStock } from "@/lib/orders/release-stock";
import { refundPayment } from "@/lib/payments/refund-payment";
import type { PaymentProvider } from "@/lib/payments/provider";
import { moveKitchenOrder } from "@/lib/kitchen/move-kitchen-order";
import { rejectReasonSchema } from "@/lib/kitchen/schemas";

/**
 * The kitchen turns the order down: its stock goes back in the same transaction, and the
 * customer's charge is refunded once that has committed (a provider call must never run
 * inside a transaction that could still roll back).
 */
export async function rejectOrder(actor: Actor, orderId: string, input: { reason: string }, provider: PaymentProvider) {
  const reason = rejectReasonSchema.parse(input.reason);
  const { order, restaurantId, alongside } = await moveKitchenOrder(actor, orderId, {
    to: "REJECTED",
    data: { failureReason: reason },
    payload: { reason },
    alongside: async (tx) => {
      await releaseStock(tx, orderId);
      return tx.payment.findMany({ where: { orderId, status: "SUCCEEDED" }, select: { id: true, providerRef: true } });
    },
  });
  await invalidateMenu(restaurantId);
  for (const charge of alongside ?? []) {
    try {
      if (!charge.providerRef) throw new Error("the succeeded payment has no provider reference");
      await refundPayment(charge.id, charge.providerRef, provider);
    } catch (error) {
      // The rejection stands either way; a SUCCEEDED payment on a REJECTED order is what
      // reconciliation looks for, and refundPayment is keyed, so a retry refunds once.
      logger.error("refund after a rejection failed", { orderId: order.id, paymentId: charge.id, error });
    }
  }
  return order;
}
