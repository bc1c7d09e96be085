// What a cart line is: a dish with the choices made for it and its note. Pure, so the store,
// the checkout and the reorder share one definition and it can be tested without a browser.
import { choiceKey, type ChosenOptions, type ResolvedOption } from "@/lib/menu/resolve-choices";

export interface CartLine {
  /** choiceKey(itemId, choices, note): the same dish, choices and note are one line. */
  key: string;
  itemId: string;
  name: string;
  /** Item price plus the chosen options' deltas, as previewed; the server prices it again. */
  unitPriceCents: number;
  quantity: number;
  options: ResolvedOption[];
  /** For the kitchen ("no onions"); "" when none. */
  note: string;
  allergens: string[];
}

export interface Cart {
  restaurantId: string;
  restaurantName: string;
  deliveryFeeCents: number;
  lines: CartLine[];
}

export type NewCartLine = Omit<CartLine, "key" | "quantity">;

export const MAX_LINE_QUANTITY = 50;

/** The choices of a line in the order request's shape (groups in the item's order). */
export function chosenOptionsOf(line: Pick<CartLine, "options">): ChosenOptions {
  const groups = new Map<string, string[]>();
  for (const o of line.options) groups.set(o.groupId, [...(groups.get(o.groupId) ?? []), o.optionId]);
  return [...groups].map(([groupId, optionIds]) => ({ groupId, optionIds }));
}

export function cartLine(line: NewCartLine, quantity: number): CartLine {
  const note = line.note.trim();
  return { ...line, note, quantity, key: choiceKey(line.itemId, chosenOptionsOf(line), note) };
}

/** Adds `quantity` units: to the line with the same key, or as a new line. */
export function withLineAdded(lines: CartLine[], line: NewCartLine, quantity: number): CartLine[] {
  const added = cartLine(line, quantity);
  const same = lines.find((l) => l.key === added.key);
  if (!same) return [...lines, added];
  return lines.map((l) => (l === same ? { ...l, quantity: Math.min(MAX_LINE_QUANTITY, l.quantity + quantity) } : l));
}

/** A one-line text of the choices, e.g. "Large 35 cm, Extra mozzarella". */
export const describeOptions = (options: Pick<ResolvedOption, "name">[]) => options.map((o) => o.name).join(", ");

/**
 * A cart saved before dishes had choices (storage v1: { itemId, name, unitPriceCents, quantity }
 * lines) becomes a cart of plain lines; anything unreadable is dropped rather than crash a page.
 */
export function migrateCartV1(saved: unknown): Cart | null {
  if (!saved || typeof saved !== "object") return null;
  const cart = saved as Partial<Cart> & { lines?: unknown };
  if (typeof cart.restaurantId !== "string" || typeof cart.restaurantName !== "string" || !Array.isArray(cart.lines)) return null;
  const lines = cart.lines.flatMap((l: { itemId?: unknown; name?: unknown; unitPriceCents?: unknown; quantity?: unknown }) =>
    typeof l?.itemId === "string" && typeof l.name === "string" && typeof l.unitPriceCents === "number" && typeof l.quantity === "number" && l.quantity > 0
      ? [cartLine({ itemId: l.itemId, name: l.name, unitPriceCents: l.unitPriceCents, options: [], note: "", allergens: [] }, Math.min(MAX_LINE_QUANTITY, l.quantity))]
      : [],
  );
  return { restaurantId: cart.restaurantId, restaurantName: cart.restaurantName, deliveryFeeCents: Number(cart.deliveryFeeCents) || 0, lines };
}
