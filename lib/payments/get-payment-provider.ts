import { createHmac } from "node:crypto";
import { env } from "@/lib/env";
import { createSimulatedProvider } from "@/lib/payments/simulated-provider";
import type { PaymentProvider } from "@/lib/payments/provider";

export function paymentWebhookSecret(): string {
  return env.PAYMENT_WEBHOOK_SECRET ?? createHmac("sha256", env.NEXTAUTH_SECRET).update("payment-webhooks").digest("hex");
}

let provider: PaymentProvider | undefined;

/** The configured provider. Only the simulated one exists so far; it lives in the web
 *  process and posts its webhooks back to this same server. */
export function getPaymentProvider(): PaymentProvider {
  provider ??= createSimulatedProvider({
    webhookSecret: paymentWebhookSecret(),
    slowMs: env.SIM_PAYMENT_SLOW_MS,
    asyncDelayMs: env.SIM_PAYMENT_ASYNC_MS,
    deliver: async (body, signature) => {
      const res = await fetch(`http://127.0.0.1:${env.PORT}/api/v1/payments/webhook`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-payment-signature": signature },
        body,
      });
      if (!res.ok) throw new Error(`webhook answered ${res.status}`);
    },
  });
  return provider;
}
