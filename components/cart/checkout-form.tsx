"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { cartSubtotalCents, clearCart, setQuantity, useCart } from "@/lib/cart/cart-store";
import { chosenOptionsOf, describeOptions } from "@/lib/cart/cart-line";
import { CartLineDetails } from "./cart-line-details";
import { formatCents } from "@/lib/money";
import { priceOrder } from "@/lib/orders/price-order";
import type { Cart, CartLine } from "@/lib/cart/cart-line";
import type { AddressOption } from "@/components/address/address-combobox";
import { DeliveryFields } from "./delivery-fields";
import { notFoundMessage, useDeliveryPlace } from "./use-delivery-place";

interface SavedAddress {
  id: string;
  label: string;
  line1: string;
  city: string;
  lat: number;
  lng: number;
  notes: string | null;
}

interface Props {
  canOrder: boolean;
  signedIn: boolean;
  addresses: SavedAddress[];
  testCards: Record<string, string> | null;
}

const TIPS = [0, 100, 200, 300];

/** What a refused order tells the customer; amounts come as integer cents and are shown as money. */
function refusalMessage(body: { error?: unknown; code?: unknown; details?: unknown }, cart: Cart): string {
  const restaurantName = cart.restaurantName;
  const details = body.details as { minOrderCents?: unknown; subtotalCents?: unknown } | undefined;
  if (body.code === "below_minimum" && typeof details?.minOrderCents === "number" && typeof details.subtotalCents === "number") {
    const missing = details.minOrderCents - details.subtotalCents;
    return `${restaurantName}'s minimum for delivery is ${formatCents(details.minOrderCents)} of food; your food comes to ${formatCents(details.subtotalCents)}. Add ${formatCents(missing)} more to order.`;
  }
  if ((body.code === "invalid_options" || body.code === "option_unavailable") && typeof body.error === "string") {
    // The message names the group or option; the dish it belongs to is named here.
    const line = refusedLine(body.details, cart);
    return `${line ? `${line.name}: ` : ""}${body.error}. Change it in your cart: remove the dish and choose again on the menu.`;
  }
  return typeof body.error === "string" ? body.error : "Something went wrong. Please try again.";
}

/** The cart line an option error is about, from the item or option its details name. */
function refusedLine(details: unknown, cart: Cart): CartLine | undefined {
  const d = (details ?? {}) as { itemId?: unknown; optionId?: unknown };
  return cart.lines.find((l) => (typeof d.optionId === "string" && l.options.some((o) => o.optionId === d.optionId)) || l.itemId === d.itemId);
}
export function CheckoutForm({ canOrder, signedIn, addresses, testCards }: Props) {
  const router = useRouter();
  const cart = useCart();
  // Saved addresses are offered in the address box; the first (the default) is filled in.
  const saved: AddressOption[] = addresses.map((a) => ({ savedAs: a.label, label: `${a.line1}, ${a.city}`, line1: a.line1, city: a.city, lat: a.lat, lng: a.lng, notes: a.notes }));
  const place = useDeliveryPlace(saved[0]);
  const [tipCents, setTipCents] = useState(100);
  const [kitchenNote, setKitchenNote] = useState("");
  const [error, setError] = useState<{ message: string; items?: string[] } | null>(null);
  const [pending, setPending] = useState(false);
  const [placed, setPlaced] = useState(false);
  // A new error is brought into view and focused: it shows beside the Pay button, but on a
  // phone the keyboard or a scroll can still hide it, and a screen reader must hear it.
  const errorBox = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!error || !errorBox.current) return;
    errorBox.current.focus({ preventScroll: true });
    errorBox.current.scrollIntoView({ block: "center" });
  }, [error]);
  // One key per checkout attempt: a retried request (double click, flaky network) is the same order.
  const attemptKey = useRef<string | null>(null);

  if (!cart || cart.lines.length === 0) {
    return (
      <section className="empty-state">
        <p className="muted">Your cart is empty.</p>
        <Link href="/" className="button">
          Find a restaurant
        </Link>
      </section>
    );
  }

  const preview = priceOrder({
    lines: cart.lines.map((l) => ({ unitPriceCents: l.unitPriceCents, quantity: l.quantity })),
    delivery: true,
    deliveryFeeCents: cart.deliveryFeeCents,
    tipCents,
  });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!cart) return;
    const form = new FormData(event.currentTarget);
    attemptKey.current ??= crypto.randomUUID();
    setPending(true);
    setError(null);
    try {
      // The address and the pin sent are the ones shown: typed text is looked up first.
      const delivery = await place.confirm();
      if (!delivery) {
        setError({ message: place.address.trim() ? notFoundMessage(place.address.trim()) : "Enter the delivery address." });
        return;
      }
      const instructions = place.instructions.trim();
      const res = await fetch("/api/v1/orders", {
        method: "POST",
        headers: { "content-type": "application/json", "idempotency-key": attemptKey.current },
        body: JSON.stringify({
          restaurantId: cart.restaurantId,
          items: cart.lines.map((l) => ({
            itemId: l.itemId,
            quantity: l.quantity,
            ...(l.options.length ? { options: chosenOptionsOf(l) } : {}),
            ...(l.note ? { notes: l.note } : {}),
          })),
          ...(kitchenNote.trim() ? { kitchenNote: kitchenNote.trim() } : {}),
          delivery: { ...delivery, ...(instructions ? { instructions } : {}) },
          tipCents,
          cardNumber: String(form.get("cardNumber") ?? ""),
        }),
      });
      const body = await res.json().catch(() => ({}));
      if (!res.ok) {
        // A refused order was not created: the next attempt is a new order.
        attemptKey.current = null;
        const items = Array.isArray(body.details) ? body.details.map((d: { name?: string; message?: string }) => d.name ?? d.message) : undefined;
        setError({ message: refusalMessage(body, cart), items });
        return;
      }
      if (body.order.status === "PAYMENT_FAILED") {
        attemptKey.current = null;
        setError({ message: `Payment failed: ${body.order.failureReason ?? "the payment did not go through"}. Your cart is still here.` });
        return;
      }
      setPlaced(true);
      clearCart();
      router.push(`/orders/${body.order.id}`);
    } catch {
      // Network trouble: keep the key, so trying again cannot create a second order.
      setError({ message: "We could not reach the server. Check your connection and try again." });
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="checkout">
      <section className="card" aria-labelledby="cart-title">
        <h2 id="cart-title">{cart.restaurantName}</h2>
        <ul className="cart-lines">
          {cart.lines.map((l) => {
            // Two lines of one dish differ by their choices: say which one a button changes.
            const label = l.options.length || l.note ? `${l.name} (${[describeOptions(l.options), l.note].filter(Boolean).join(", ")})` : l.name;
            return (
              <li key={l.key} data-testid="cart-line">
                <span>
                  {l.name}
                  <CartLineDetails options={l.options} note={l.note} allergens={l.allergens} />
                </span>
                <span className="qty">
                  <button type="button" className="button button-small button-quiet" aria-label={`One less ${label}`} onClick={() => setQuantity(l.key, l.quantity - 1)}>
                    −
                  </button>
                  <span aria-label={`Quantity of ${label}`}>{l.quantity}</span>
                  <button type="button" className="button button-small button-quiet" aria-label={`One more ${label}`} onClick={() => setQuantity(l.key, l.quantity + 1)}>
                    +
                  </button>
                </span>
                <span>{formatCents(l.unitPriceCents * l.quantity)}</span>
              </li>
            );
          })}
        </ul>
        <dl className="totals">
          <dt>Food</dt>
          <dd>{formatCents(cartSubtotalCents(cart))}</dd>
          <dt>Delivery</dt>
          <dd>{formatCents(preview.deliveryFeeCents)}</dd>
          <dt>Service fee</dt>
          <dd>{formatCents(preview.serviceFeeCents)}</dd>
          <dt>Tip for the driver</dt>
          <dd>{formatCents(tipCents)}</dd>
          <dt className="total">Total</dt>
          <dd className="total" data-testid="checkout-total">
            {formatCents(preview.totalCents)}
          </dd>
        </dl>
        <p className="muted small">Prices include {formatCents(preview.taxCents)} VAT. The final amount is confirmed when you pay.</p>
      </section>

      {!canOrder ? (
        <section className="card">
          {signedIn ? (
            <p>Only customer accounts can order. Sign in with a customer account to check out.</p>
          ) : (
            <>
              <p>Sign in or create an account to order. Your cart will still be here.</p>
              <p className="actions">
                <Link href="/signin?callbackUrl=%2Fcheckout" className="button">
                  Sign in
                </Link>
                <Link href="/signup?callbackUrl=%2Fcheckout" className="button button-quiet">
                  Create account
                </Link>
              </p>
            </>
          )}
        </section>
      ) : (
        <form className="card form" onSubmit={onSubmit}>
          <h2>Delivery</h2>
          <DeliveryFields place={place} saved={saved} />

          <div className="field">
            <label htmlFor="kitchen-note">Note for the kitchen (optional)</label>
            <textarea
              id="kitchen-note"
              maxLength={500}
              rows={2}
              placeholder="e.g. it is a birthday, please cut the pizza in 8"
              value={kitchenNote}
              onChange={(e) => setKitchenNote(e.target.value)}
            />
          </div>

          <fieldset className="chips">
            <legend>Tip</legend>
            {TIPS.map((t) => (
              <label key={t} className="chip">
                <input type="radio" name="tip" checked={tipCents === t} onChange={() => setTipCents(t)} />
                {t === 0 ? "No tip" : formatCents(t)}
              </label>
            ))}
          </fieldset>

          <h2>Payment</h2>
          <div className="field">
            <label htmlFor="card-number">Card number</label>
            <input id="card-number" name="cardNumber" inputMode="numeric" autoComplete="cc-number" required placeholder="4242 4242 4242 4242" />
          </div>
          {testCards && (
            <details className="muted small">
              <summary>Test cards (simulated payments)</summary>
              <ul>
                <li>
                  <code>{testCards.success}</code> succeeds
                </li>
                <li>
                  <code>{testCards.declined}</code> is declined
                </li>
                <li>
                  <code>{testCards.asyncSuccess}</code> is confirmed a moment later
                </li>
                <li>
                  <code>{testCards.slow}</code> times out
                </li>
              </ul>
            </details>
          )}
          {error && (
            <div role="alert" className="form-error" ref={errorBox} tabIndex={-1}>
              <p>{error.message}</p>
              {error.items && error.items.length > 0 && (
                <ul>
                  {error.items.map((i) => (
                    <li key={i}>{i}</li>
                  ))}
                </ul>
              )}
            </div>
          )}
          <p role="status" className="muted small" aria-live="polite">
            {pending ? "Placing your order…" : placed ? "Order placed. Opening your order…" : ""}
          </p>
          <button type="submit" className="button" disabled={pending}>
            {pending ? "Placing your order…" : `Pay ${formatCents(preview.totalCents)} and order`}
          </button>
        </form>
      )}
    </div>
  );
}
