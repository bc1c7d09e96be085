// The saga's first half: charge the order's pending payment, bounded in time.
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import { settlePayment } from "@/lib/payments/settle-payment";
import type { PaymentProvider } from "@/lib/payments/provider";

const TIMED_OUT = Symbol("timeout");

export async function payForOrder(
  orderId: string,
  cardNumber: string,
  provider: PaymentProvider,
  timeoutMs: number = env.PAYMENT_TIMEOUT_MS,
) {
  const payment = await prisma.payment.findFirst({
    where: { orderId, status: "PENDING" },
    select: { id: true, amountCents: true, order: { select: { currency: true } } },
  });
  if (!payment) return;
  let timer: NodeJS.Timeout | undefined;
  const result = await Promise.race([
    provider.charge({ idempotencyKey: payment.id, amountCents: payment.amountCents, currency: payment.order.currency, cardNumber }),
    new Promise<typeof TIMED_OUT>((resolve) => (timer = setTimeout(() => resolve(TIMED_OUT), timeoutMs))),
  ]).finally(() => clearTimeout(timer));

  if (result === TIMED_OUT) {
    // Unknown outcome: fail the order and free the stock; a late success is refunded by the webhook.
    return settlePayment(payment.id, { succeeded: false, ref: null, reason: "The payment provider did not answer in time" }, provider);
  }
  if (result.status === "pending") {
    await prisma.payment.update({ where: { id: payment.id }, data: { providerRef: result.ref } });
    return;
  }
  return settlePayment(
    payment.id,
    result.status === "succeeded" ? { succeeded: true, ref: result.ref } : { succeeded: false, ref: result.ref, reason: result.reason },
    provider,
  );
}
