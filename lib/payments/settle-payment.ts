// The saga's second half: what a payment outcome does to the order. Idempotent, because
// the checkout request and the provider's webhook may both report the same outcome.
import { prisma, type Tx } from "@/lib/db/client";
import { logger } from "@/lib/logger";
import { retryOnConflict } from "@/lib/db/retry-on-conflict";
import { retryWhenBusy } from "@/lib/db/retry-when-busy";
import { transitionOrder } from "@/lib/orders/transition-order";
import { releaseStock } from "@/lib/orders/release-stock";
import { invalidateMenu } from "@/lib/catalog/get-menu";
import { refundPayment } from "@/lib/payments/refund-payment";
import { markOrderPaid } from "@/lib/payments/mark-order-paid";
import type { PaymentProvider } from "@/lib/payments/provider";

const SYSTEM = { id: null, role: "SYSTEM" as const };

export type PaymentOutcome = { succeeded: true; ref: string } | { succeeded: false; ref: string | null; reason: string };

/** What settling did to the order: PAID at `version` when the common case applied, else read the order to know. */
export type Settled = { paidAtVersion: number } | null;

export async function settlePayment(paymentId: string, outcome: PaymentOutcome, provider: PaymentProvider): Promise<Settled> {
  // The provider has answered: a busy pool must not leave the order PLACED with money taken.
  if (outcome.succeeded) {
    const marked = await retryWhenBusy(() => retryOnConflict(() => markOrderPaid(paymentId, outcome.ref)));
    if (marked.outcome === "paid") return { paidAtVersion: marked.orderVersion };
    if (marked.outcome === "order_gone") {
      logger.warn("refunding a charge for an order cancelled while paying", { paymentId });
      await refundPayment(paymentId, outcome.ref, provider);
      return null;
    }
  }
  const result = await retryWhenBusy(() => retryOnConflict(() => prisma.$transaction((tx) => applyOutcome(tx, paymentId, outcome))));
  if ("stockReleasedAt" in result && result.stockReleasedAt) await invalidateMenu(result.stockReleasedAt);
  if (result.action === "refund" && outcome.succeeded) {
    logger.warn("refunding a late or orphaned charge", { paymentId });
    await refundPayment(paymentId, outcome.ref, provider);
  }
  return null;
}

/**
 * One settlement attempt: idempotent, as the checkout request and the webhook may both report
 * it. A success reaches here only when its payment was no longer pending (markOrderPaid).
 */
async function applyOutcome(tx: Tx, paymentId: string, outcome: PaymentOutcome) {
  const payment = await tx.payment.findUniqueOrThrow({
    where: { id: paymentId },
    select: { id: true, orderId: true, status: true, order: { select: { status: true } } },
  });
  if (payment.status !== "PENDING" || outcome.succeeded) {
    // Already settled. Money that arrives for a payment we gave up on goes back.
    return { action: outcome.succeeded && payment.status === "FAILED" ? ("refund" as const) : ("none" as const) };
  }
  await tx.payment.update({
    where: { id: payment.id },
    data: { status: "FAILED", providerRef: outcome.ref, failureReason: outcome.reason },
  });
  if (payment.order.status === "PLACED") {
    const { restaurantId } = await transitionOrder(tx, {
      orderId: payment.orderId,
      to: "PAYMENT_FAILED",
      actor: SYSTEM,
      data: { failureReason: outcome.reason },
      payload: { reason: outcome.reason },
    });
    await releaseStock(tx, payment.orderId);
    return { action: "none" as const, stockReleasedAt: restaurantId };
  }
  return { action: "none" as const };
}
