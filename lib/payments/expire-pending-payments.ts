// The saga's safety net: a payment the provider never confirmed (a lost webhook, a crash
// between order and charge) must not hold stock forever. Once it is older than the limit
// it is failed like a decline: the order ends PAYMENT_FAILED and its stock goes back. A
// success that still arrives later is refunded by settlePayment.
import { prisma } from "@/lib/db/client";
import { settlePayment } from "@/lib/payments/settle-payment";
import type { PaymentProvider } from "@/lib/payments/provider";

export const PENDING_PAYMENT_LIMIT_MS = 15 * 60_000;

export async function expirePendingPayments(provider: PaymentProvider, now = new Date(), limitMs = PENDING_PAYMENT_LIMIT_MS) {
  const stale = await prisma.payment.findMany({
    where: { status: "PENDING", createdAt: { lt: new Date(now.getTime() - limitMs) } },
    orderBy: { createdAt: "asc" },
    take: 200,
    select: { id: true },
  });
  for (const payment of stale) {
    await settlePayment(payment.id, { succeeded: false, ref: null, reason: "The payment was not confirmed in time" }, provider);
  }
  return stale.length;
}
