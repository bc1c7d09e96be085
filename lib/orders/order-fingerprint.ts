// What an idempotency key is bound to: a sha256 of the order's content in a canonical form
// (restaurant, lines sorted, delivery, tip), stored on the order in the transaction that
// creates it. A retry of the same order matches it however its JSON was written; the same
// key with another cart does not, and is refused instead of answered with the first cart.
// Left out on purpose: the key itself, the card number (no hash of a card number is ever
// stored) and a table's menu version (a precondition, not content: a tablet that refreshed
// its menu before retrying is still retrying the same order).
import { createHash } from "node:crypto";

export interface FingerprintedOrder {
  restaurantId: string;
  lines: { itemId: string; quantity: number; notes?: string }[];
  delivery: { address: string; lat: number; lng: number } | null;
  tipCents: number;
}

export function orderFingerprint(order: FingerprintedOrder): string {
  const lines = order.lines
    .map((l) => [l.itemId, l.quantity, l.notes ?? null] as const)
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  const delivery = order.delivery && [order.delivery.address, order.delivery.lat, order.delivery.lng];
  // Arrays in a fixed order: the canonical form does not depend on how keys were ordered.
  const canonical = JSON.stringify([order.restaurantId, lines, delivery, order.tipCents]);
  return createHash("sha256").update(canonical).digest("hex");
}
