// Money owed back: a captured payment on an order that ended without being served
// (rejected, cancelled, or failed while the charge went through late). The refund is first
// tried right after the change; this sweep retries the ones that did not get through.
import { prisma } from "@/lib/db/client";
import { logger } from "@/lib/logger";
import { refundPayment } from "@/lib/payments/refund-payment";
import type { PaymentProvider } from "@/lib/payments/provider";

/** Leaves the first, inline attempt time to finish before the sweep steps in. */
const GRACE_MS = 60_000;

export async function retryOwedRefunds(provider: PaymentProvider, now = new Date()) {
  const owed = await prisma.payment.findMany({
    where: {
      status: "SUCCEEDED",
      providerRef: { not: null },
      updatedAt: { lt: new Date(now.getTime() - GRACE_MS) },
      order: { status: { in: ["REJECTED", "CANCELLED", "PAYMENT_FAILED"] } },
    },
    take: 100,
    select: { id: true, providerRef: true },
  });
  let refunded = 0;
  for (const payment of owed) {
    try {
      await refundPayment(payment.id, payment.providerRef!, provider);
      refunded++;
    } catch (error) {
      logger.error("refund failed; retried on the next sweep", { paymentId: payment.id, error });
    }
  }
  return refunded;
}
