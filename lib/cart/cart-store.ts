"use client";
// The cart lives in the browser (localStorage), so a guest's cart survives signing in and
// reloads. It only remembers what was picked: prices shown here are a preview, the server
// prices the order again at checkout.
import { useSyncExternalStore } from "react";
import { MAX_LINE_QUANTITY, migrateCartV1, withLineAdded, type Cart, type NewCartLine } from "./cart-line";

export type { Cart, CartLine, NewCartLine } from "./cart-line";

// v2: lines carry their chosen options and note, keyed by choiceKey. A v1 cart (no choices)
// is read once, migrated, and removed.
const KEY = "swifteats.cart.v2";
const KEY_V1 = "swifteats.cart.v1";
const listeners = new Set<() => void>();
let cached: { raw: string | null; cart: Cart | null } = { raw: null, cart: null };

function migrateFromV1() {
  const old = window.localStorage.getItem(KEY_V1);
  if (old === null) return;
  window.localStorage.removeItem(KEY_V1);
  try {
    const cart = migrateCartV1(JSON.parse(old));
    if (cart?.lines.length && window.localStorage.getItem(KEY) === null) window.localStorage.setItem(KEY, JSON.stringify(cart));
  } catch {
    // An unreadable old cart is as good as none.
  }
}

function read(): Cart | null {
  if (typeof window === "undefined") return null;
  migrateFromV1();
  const raw = window.localStorage.getItem(KEY);
  if (raw !== cached.raw) {
    try {
      cached = { raw, cart: raw ? (JSON.parse(raw) as Cart) : null };
    } catch {
      cached = { raw, cart: null };
    }
  }
  return cached.cart;
}

function write(cart: Cart | null) {
  if (cart && cart.lines.length) window.localStorage.setItem(KEY, JSON.stringify(cart));
  else window.localStorage.removeItem(KEY);
  for (const l of listeners) l();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => e.key === KEY && listener(); // other tabs
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

export function useCart(): Cart | null {
  return useSyncExternalStore(subscribe, read, () => null);
}

export function cartCount(cart: Cart | null): number {
  return cart?.lines.reduce((n, l) => n + l.quantity, 0) ?? 0;
}

export function cartSubtotalCents(cart: Cart | null): number {
  return cart?.lines.reduce((n, l) => n + l.unitPriceCents * l.quantity, 0) ?? 0;
}

export type AddResult = { added: true } | { added: false; otherCart: Cart };

/**
 * Adds `quantity` units of a dish with its choices. A cart holds one restaurant: with items
 * from another one in it, nothing is added unless `startNew` (the customer said so), and the
 * caller is told which cart is there.
 */
export function addToCart(restaurant: Omit<Cart, "lines">, line: NewCartLine, { startNew = false, quantity = 1 } = {}): AddResult {
  const current = read();
  const other = current && current.restaurantId !== restaurant.restaurantId && current.lines.length > 0 ? current : null;
  if (other && !startNew) return { added: false, otherCart: other };
  const lines = current?.restaurantId === restaurant.restaurantId ? current.lines : [];
  write({ ...restaurant, lines: withLineAdded(lines, line, quantity) });
  return { added: true };
}

/** Sets a line's quantity (by its key); 0 removes it. */
export function setQuantity(key: string, quantity: number) {
  const current = read();
  if (!current) return;
  const lines = current.lines.flatMap((l) => (l.key !== key ? [l] : quantity > 0 ? [{ ...l, quantity: Math.min(MAX_LINE_QUANTITY, quantity) }] : []));
  write({ ...current, lines });
}

/** Reorder: the cart becomes exactly these lines. */
export function replaceCart(cart: Cart) {
  write(cart);
}

export function clearCart() {
  write(null);
}
