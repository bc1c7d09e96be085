// A real simulated provider whose webhooks are captured instead of posted over HTTP, and
// whose charge calls are counted, so tests can deliver webhooks when they choose.
import { createSimulatedProvider, TEST_CARDS } from "@/lib/payments/simulated-provider";
import type { PaymentProvider } from "@/lib/payments/provider";

export const WEBHOOK_SECRET = "test-webhook-secret-0123456789";
export { TEST_CARDS };

export function createTestProvider({ slowMs = 400, asyncDelayMs = 0 } = {}) {
  const webhooks: { body: string; signature: string }[] = [];
  const charges: string[] = [];
  const inner = createSimulatedProvider({
    webhookSecret: WEBHOOK_SECRET,
    slowMs,
    asyncDelayMs,
    deliver: async (body, signature) => void webhooks.push({ body, signature }),
  });
  const provider: PaymentProvider = {
    name: inner.name,
    charge: (request) => {
      charges.push(request.idempotencyKey);
      return inner.charge(request);
    },
    refund: (request) => inner.refund(request),
  };
  return { provider, webhooks, charges };
}
