// What the order saga needs from a payment provider. The built-in simulated provider
// implements it; a real one (Stripe, Adyen, Mollie) would be another implementation.

export type ChargeResult =
  | { status: "succeeded"; ref: string }
  | { status: "declined"; ref: string | null; reason: string }
  /** Accepted, outcome follows by signed webhook (e.g. 3-D Secure). */
  | { status: "pending"; ref: string };

export interface ChargeRequest {
  /** The provider deduplicates on it: a retried charge never charges twice. */
  idempotencyKey: string;
  amountCents: number;
  currency: string;
  cardNumber: string;
  /** Aborted when checkout stops waiting; a provider passes it to its HTTP call. */
  signal?: AbortSignal;
}

export interface PaymentProvider {
  readonly name: string;
  charge(request: ChargeRequest): Promise<ChargeResult>;
  refund(request: { ref: string; amountCents: number; idempotencyKey: string }): Promise<{ ref: string }>;
}

/** Body of the provider's webhook, after its signature was verified. */
export interface PaymentWebhookEvent {
  id: string;
  type: "charge.succeeded" | "charge.failed";
  ref: string;
  /** Our reference sent with the charge (the idempotency key), like Adyen's merchantReference. */
  reference: string;
  reason?: string;
}
