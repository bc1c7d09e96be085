// A real simulated provider whose webhooks are captured instead of posted over HTTP, and
// whose charge calls are counted, so tests can deliver webhooks when they choose.
import { createSimulatedProvider, TEST_CARDS } from "@/lib/payments/simulated-provider";
import type { PaymentProvider } from "@/lib/payments/provider";

export const WEBHOOK_SECRET = "test-webhook-secret-0123456789";
export { TEST_CARDS };

/** `unreachable`: every charge fails in transit, as when the provider's API cannot be reached. */
export function createTestProvider({ slowMs = 400, asyncDelayMs = 0, unreachable = false } = {}) {
  const webhooks: { body: string; signature: string }[] = [];
  const charges: string[] = [];
  const signals: (AbortSignal | undefined)[] = [];
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
      signals.push(request.signal);
      if (unreachable) return Promise.reject(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }));
      return inner.charge(request);
    },
    refund: (request) => inner.refund(request),
  };
  return { provider, webhooks, charges, signals };
}
