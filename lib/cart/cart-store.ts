"use client";
// The cart lives in the browser (localStorage), so a guest's cart survives signing in and
// reloads. It only remembers what was picked: prices shown here are a preview, the server
// prices the order again at checkout.
import { useSyncExternalStore } from "react";

export interface CartLine {
  itemId: string;
  name: string;
  unitPriceCents: number;
  quantity: number;
}

export interface Cart {
  restaurantId: string;
  restaurantName: string;
  deliveryFeeCents: number;
  lines: CartLine[];
}

const KEY = "swifteats.cart.v1";
const listeners = new Set<() => void>();
let cached: { raw: string | null; cart: Cart | null } = { raw: null, cart: null };

function read(): Cart | null {
  const raw = typeof window === "undefined" ? null : window.localStorage.getItem(KEY);
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
 * Adds one unit. A cart holds one restaurant: with items from another one in it, nothing is
 * added unless `startNew` (the customer said so), and the caller is told which cart is there.
 */
export function addToCart(restaurant: Omit<Cart, "lines">, item: Omit<CartLine, "quantity">, { startNew = false } = {}): AddResult {
  const current = read();
  const other = current && current.restaurantId !== restaurant.restaurantId && current.lines.length > 0 ? current : null;
  if (other && !startNew) return { added: false, otherCart: other };
  const cart: Cart = current?.restaurantId === restaurant.restaurantId ? structuredClone(current) : { ...restaurant, lines: [] };
  const line = cart.lines.find((l) => l.itemId === item.itemId);
  if (line) line.quantity = Math.min(50, line.quantity + 1);
  else cart.lines.push({ ...item, quantity: 1 });
  write(cart);
  return { added: true };
}

export function setQuantity(itemId: string, quantity: number) {
  const current = read();
  if (!current) return;
  const cart = structuredClone(current);
  cart.lines = cart.lines.flatMap((l) => (l.itemId !== itemId ? [l] : quantity > 0 ? [{ ...l, quantity: Math.min(50, quantity) }] : []));
  write(cart);
}

/** Reorder: the cart becomes exactly these lines. */
export function replaceCart(cart: Cart) {
  write(cart);
}

export function clearCart() {
  write(null);
}
