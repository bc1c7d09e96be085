// A payment provider that behaves like a real one, for development, demos and tests:
// test cards decide the outcome, charges are idempotent, and asynchronous outcomes arrive
// later as signed webhooks, exactly as they would from Stripe or Adyen.
import { createHash, randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { signWebhook } from "@/lib/payments/webhook-signature";
import type { ChargeRequest, ChargeResult, PaymentProvider, PaymentWebhookEvent } from "@/lib/payments/provider";

export const TEST_CARDS = {
  success: "4242424242424242",
  declined: "4000000000000002",
  insufficientFunds: "4000000000009995",
  /** Needs 3-D Secure: accepted as pending, confirmed by webhook a moment later. */
  asyncSuccess: "4000000000003220",
  /** The provider answers only after `slowMs`: longer than the saga waits. */
  slow: "4000000000006975",
} as const;

export interface SimulatedProviderOptions {
  webhookSecret: string;
  /** Where webhooks go (the web app's /api/v1/payments/webhook). */
  deliver: (body: string, signature: string) => Promise<void>;
  slowMs: number;
  asyncDelayMs: number;
}

const refFor = (kind: "ch" | "re", key: string) => `sim_${kind}_${createHash("sha256").update(key).digest("hex").slice(0, 24)}`;

export function createSimulatedProvider(options: SimulatedProviderOptions): PaymentProvider {
  const sendLater = (delayMs: number, event: Omit<PaymentWebhookEvent, "id">) => {
    setTimeout(() => {
      const body = JSON.stringify({ id: `evt_${randomUUID()}`, ...event });
      options.deliver(body, signWebhook(body, options.webhookSecret)).catch(() => {
        // A real provider retries deliveries; the saga's expiry job covers a lost one.
      });
    }, delayMs).unref?.();
  };

  return {
    name: "simulated",
    async charge(request: ChargeRequest): Promise<ChargeResult> {
      // The same idempotency key always names the same charge: a retry cannot charge twice.
      const ref = refFor("ch", request.idempotencyKey);
      switch (request.cardNumber) {
        case TEST_CARDS.declined:
          return { status: "declined", ref, reason: "Your card was declined" };
        case TEST_CARDS.insufficientFunds:
          return { status: "declined", ref, reason: "Your card has insufficient funds" };
        case TEST_CARDS.asyncSuccess:
          sendLater(options.asyncDelayMs, { type: "charge.succeeded", ref, reference: request.idempotencyKey });
          return { status: "pending", ref };
        case TEST_CARDS.slow:
          // The charge goes through whether or not the caller still waits (the webhook tells).
          sendLater(options.slowMs, { type: "charge.succeeded", ref, reference: request.idempotencyKey });
          await sleep(options.slowMs, undefined, { signal: request.signal });
          return { status: "succeeded", ref };
        default:
          return { status: "succeeded", ref };
      }
    },
    async refund({ idempotencyKey }) {
      return { ref: refFor("re", idempotencyKey) };
    },
  };
}
