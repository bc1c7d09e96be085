// What an idempotency key is bound to: a sha256 of the order's content in a canonical form
// (restaurant, lines sorted with their choices, delivery with its instructions, tip, kitchen note), stored on the
// order in the transaction that creates it. A retry of the same order matches it however its
// JSON was written; the same key with another cart does not, and is refused instead of
// answered with the first cart.
// Left out on purpose: the key itself, the card number (no hash of a card number is ever
// stored) and a table's menu version (a precondition, not content: a tablet that refreshed
// its menu before retrying is still retrying the same order).
import { createHash } from "node:crypto";
import { canonicalChoices, type ChosenOptions } from "@/lib/menu/resolve-choices";

export interface FingerprintedOrder {
  restaurantId: string;
  lines: { itemId: string; quantity: number; notes?: string; options?: ChosenOptions }[];
  kitchenNote?: string;
  delivery: { address: string; lat: number; lng: number; instructions?: string } | null;
  tipCents: number;
}

export function orderFingerprint(order: FingerprintedOrder): string {
  // Choices and a kitchen note are only appended when there are some, so an order without them
  // keeps the fingerprint it had before options existed (a retry across the upgrade still matches).
  const lines = order.lines
    .map((l) => {
      const choices = canonicalChoices(l.options);
      return choices.length ? [l.itemId, l.quantity, l.notes ?? null, choices] : [l.itemId, l.quantity, l.notes ?? null];
    })
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  // Instructions likewise only when there are some (they came after the fingerprint).
  const delivery = order.delivery && [order.delivery.address, order.delivery.lat, order.delivery.lng, ...(order.delivery.instructions ? [order.delivery.instructions] : [])];
  // Arrays in a fixed order: the canonical form does not depend on how keys were ordered.
  const content: unknown[] = [order.restaurantId, lines, delivery, order.tipCents];
  if (order.kitchenNote) content.push(order.kitchenNote);
  return createHash("sha256").update(JSON.stringify(content)).digest("hex");
}
