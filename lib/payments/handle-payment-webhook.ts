import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { verifyWebhook } from "@/lib/payments/webhook-signature";
import { settlePayment } from "@/lib/payments/settle-payment";
import type { PaymentProvider } from "@/lib/payments/provider";

const webhookEvent = z.object({
  id: z.string().min(1),
  type: z.enum(["charge.succeeded", "charge.failed"]),
  ref: z.string().min(1),
  reference: z.string().uuid(),
  reason: z.string().max(500).optional(),
});

/** A provider's asynchronous outcome: authenticated by its HMAC signature, applied once. */
export async function handlePaymentWebhook(rawBody: string, signature: string | null, secret: string, provider: PaymentProvider) {
  if (!verifyWebhook(rawBody, signature, secret)) throw new AppError(401, "Invalid signature", "invalid_signature");
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    throw new AppError(400, "Request body must be valid JSON", "invalid_json");
  }
  const event = webhookEvent.parse(json);
  const payment = await prisma.payment.findUnique({ where: { id: event.reference }, select: { id: true } });
  if (!payment) throw new AppError(404, "Unknown charge", "unknown_charge");
  await settlePayment(
    payment.id,
    event.type === "charge.succeeded"
      ? { succeeded: true, ref: event.ref }
      : { succeeded: false, ref: event.ref, reason: event.reason ?? "The payment failed" },
    provider,
  );
}
