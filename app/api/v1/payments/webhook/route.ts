// POST /api/v1/payments/webhook – asynchronous payment outcomes, HMAC-signed by the provider.
import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { BODY_LIMITS } from "@/lib/http/body-limits";
import { readBody } from "@/lib/http/read-body";
import { handlePaymentWebhook } from "@/lib/payments/handle-payment-webhook";
import { getPaymentProvider, paymentWebhookSecret } from "@/lib/payments/get-payment-provider";

// No session here (the provider has none); a body over the webhook limit is refused before
// it is read in full, let alone before the signature check.
export const POST = apiRoute(async (req) => {
  const body = new TextDecoder().decode(await readBody(req, BODY_LIMITS.webhook));
  await handlePaymentWebhook(body, req.headers.get("x-payment-signature"), paymentWebhookSecret(), getPaymentProvider());
  return NextResponse.json({ received: true });
});
