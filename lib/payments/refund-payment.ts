import { prisma } from "@/lib/db/client";
import type { PaymentProvider } from "@/lib/payments/provider";

/** Gives a captured charge back in full; keyed by payment so a retried refund is one refund. */
export async function refundPayment(paymentId: string, chargeRef: string, provider: PaymentProvider) {
  const payment = await prisma.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { amountCents: true, status: true } });
  if (payment.status === "REFUNDED") return;
  await provider.refund({ ref: chargeRef, amountCents: payment.amountCents, idempotencyKey: `refund:${paymentId}` });
  await prisma.payment.updateMany({
    where: { id: paymentId, status: { not: "REFUNDED" } },
    data: { status: "REFUNDED", refundedCents: payment.amountCents, providerRef: chargeRef },
  });
}
