// The saga's first half: charge the order's pending payment, bounded in time.
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { settlePayment, type Settled } from "@/lib/payments/settle-payment";
import type { ChargeResult, PaymentProvider } from "@/lib/payments/provider";

/** Rejects with the signal's reason once it aborts: the wait ends even if a provider ignores the signal. */
const whenAborted = (signal: AbortSignal) =>
  new Promise<never>((_, reject) => signal.addEventListener("abort", () => reject(signal.reason), { once: true }));

/** Charges a payment its order has just created (still pending); what settling did to the order. */
export async function payForOrder(
  payment: { id: string; amountCents: number; currency: string },
  cardNumber: string,
  provider: PaymentProvider,
  timeoutMs: number = env.PAYMENT_TIMEOUT_MS,
): Promise<Settled> {
  // Aborted after the timeout: the provider call (its HTTP request) is cancelled, not just left behind.
  const signal = AbortSignal.timeout(timeoutMs);
  let result: ChargeResult;
  try {
    result = await Promise.race([
      provider.charge({ idempotencyKey: payment.id, amountCents: payment.amountCents, currency: payment.currency, cardNumber, signal }),
      whenAborted(signal),
    ]);
  } catch (error) {
    // Timed out or lost in transit: the outcome is unknown. Fail the order and free the stock
    // now rather than leave it PLACED and unpaid; a late success is refunded by the webhook.
    const timedOut = signal.aborted;
    if (!timedOut) logger.warn("payment call failed", { paymentId: payment.id, error });
    const reason = timedOut ? "The payment provider did not answer in time" : "The payment provider could not be reached";
    return settlePayment(payment.id, { succeeded: false, ref: null, reason }, provider);
  }
  if (result.status === "pending") {
    await prisma.payment.update({ where: { id: payment.id }, data: { providerRef: result.ref } });
    return null;
  }
  return settlePayment(
    payment.id,
    result.status === "succeeded" ? { succeeded: true, ref: result.ref } : { succeeded: false, ref: result.ref, reason: result.reason },
    provider,
  );
}
