// POST /api/v1/payments/webhook – asynchronous payment outcomes, HMAC-signed by the provider.
import { NextResponse } from "next/server";
import { publicRoute } from "@/lib/api/handler";
import { handlePaymentWebhook } from "@/lib/payments/handle-payment-webhook";
import { getPaymentProvider, paymentWebhookSecret } from "@/lib/payments/get-payment-provider";

export const POST = publicRoute(async ({ req }) => {
  await handlePaymentWebhook(await req.text(), req.headers.get("x-payment-signature"), paymentWebhookSecret(), getPaymentProvider());
  return NextResponse.json({ received: true });
});
