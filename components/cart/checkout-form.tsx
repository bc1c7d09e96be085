"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { cartSubtotalCents, clearCart, setQuantity, useCart } from "@/lib/cart/cart-store";
import { chosenOptionsOf, describeOptions } from "@/lib/cart/cart-line";
import { CartLineDetails } from "./cart-line-details";
import { formatCents } from "@/lib/money";
import { priceOrder } from "@/lib/orders/price-order";
import type { Cart, CartLine } from "@/lib/cart/cart-line";
import type { AddressOption } from "@/components/address/address-combobox";
import { DeliveryFields } from "./delivery-fields";
import { useDeliveryPlace } from "./use-delivery-place";

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
  testCards: { success: string; declined: string; asyncSuccess: string; slow: string } | null;
}

const TIPS = [0, 100, 200, 300];
const code = (chunks: ReactNode) => <code>{chunks}</code>;

type Translate = ReturnType<typeof useTranslations<"cart.errors">>;
type Refusal = { message: string; items?: string[] };

/**
 * What a refused order tells the customer, by the error's code and details (amounts come as
 * integer cents and are shown as money); the server's English message only for a code this
 * page does not know.
 */
function refusalMessage(t: Translate, money: (cents: number) => string, body: { error?: unknown; code?: unknown; details?: unknown }, cart: Cart): Refusal {
  const details = body.details as { minOrderCents?: unknown; subtotalCents?: unknown; optionId?: unknown; available?: unknown } | undefined;
  switch (body.code) {
    case "below_minimum":
      if (typeof details?.minOrderCents === "number" && typeof details.subtotalCents === "number") {
        const missing = details.minOrderCents - details.subtotalCents;
        return { message: t("belowMinimum", { restaurant: cart.restaurantName, minimum: money(details.minOrderCents), subtotal: money(details.subtotalCents), missing: money(missing) }) };
      }
      break;
    case "option_unavailable":
    case "invalid_options": {
      // The dish and the option are named from the cart: the server names them in English.
      const line = refusedLine(body.details, cart);
      const option = line?.options.find((o) => o.optionId === details?.optionId);
      const available = typeof details?.available === "number" ? details.available : 0;
      const problem = !option ? t("choicesChanged") : available > 0 ? t("optionLeft", { count: available, option: option.name }) : t("optionGone", { option: option.name });
      return { message: line ? t("options", { dish: line.name, problem }) : t("optionsNoDish", { problem }) };
    }
    case "items_unavailable":
      if (Array.isArray(body.details)) {
        const items = (body.details as { name?: unknown; available?: unknown }[]).map((d) => t("itemLeft", { name: String(d.name ?? ""), count: typeof d.available === "number" ? d.available : 0 }));
        return { message: t("itemsUnavailable"), items };
      }
      break;
    case "invalid_item":
      return { message: t("invalidItem") };
    case "restaurant_closed":
      return { message: t("closed") };
    case "menu_version_conflict":
    case "conflict":
      return { message: t("menuChanged") };
    case "unauthorized":
      return { message: t("signedOut") };
    case "rate_limited":
      return { message: t("rateLimited") };
    case "invalid_request":
      return { message: t("invalid") };
  }
  return { message: typeof body.error === "string" ? body.error : t("generic") };
}

/** The cart line an option error is about, from the item or option its details name. */
function refusedLine(details: unknown, cart: Cart): CartLine | undefined {
  const d = (details ?? {}) as { itemId?: unknown; optionId?: unknown };
  return cart.lines.find((l) => (typeof d.optionId === "string" && l.options.some((o) => o.optionId === d.optionId)) || l.itemId === d.itemId);
}
export function CheckoutForm({ canOrder, signedIn, addresses, testCards }: Props) {
  const t = useTranslations("cart");
  const tErrors = useTranslations("cart.errors");
  const locale = useLocale();
  // Carts are priced in euros: outlets have no currency of their own (orders record theirs).
  const money = (cents: number) => formatCents(cents, "EUR", locale);
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
        <p className="muted">{t("empty")}</p>
        <Link href="/" className="button">
          {t("findRestaurant")}
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
        const text = place.address.trim();
        setError({ message: text ? t("address.notFound", { text }) : t("address.missing") });
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
        setError(refusalMessage(tErrors, money, body, cart));
        return;
      }
      if (body.order.status === "PAYMENT_FAILED") {
        attemptKey.current = null;
        const reason = body.order.failureReason;
        setError({ message: reason ? t("errors.paymentFailed", { reason }) : t("errors.paymentFailedNoReason") });
        return;
      }
      setPlaced(true);
      clearCart();
      router.push(`/orders/${body.order.id}`);
    } catch {
      // Network trouble: keep the key, so trying again cannot create a second order.
      setError({ message: t("errors.network") });
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
                  <button type="button" className="button button-small button-quiet" aria-label={t("line.less", { label })} onClick={() => setQuantity(l.key, l.quantity - 1)}>
                    −
                  </button>
                  <span aria-label={t("line.quantityOf", { label })}>{l.quantity}</span>
                  <button type="button" className="button button-small button-quiet" aria-label={t("line.more", { label })} onClick={() => setQuantity(l.key, l.quantity + 1)}>
                    +
                  </button>
                </span>
                <span>{money(l.unitPriceCents * l.quantity)}</span>
              </li>
            );
          })}
        </ul>
        <dl className="totals">
          <dt>{t("totals.food")}</dt>
          <dd>{money(cartSubtotalCents(cart))}</dd>
          <dt>{t("totals.delivery")}</dt>
          <dd>{money(preview.deliveryFeeCents)}</dd>
          <dt>{t("totals.serviceFee")}</dt>
          <dd>{money(preview.serviceFeeCents)}</dd>
          <dt>{t("totals.tip")}</dt>
          <dd>{money(tipCents)}</dd>
          <dt className="total">{t("totals.total")}</dt>
          <dd className="total" data-testid="checkout-total">
            {money(preview.totalCents)}
          </dd>
        </dl>
        <p className="muted small">{t("totals.vat", { tax: money(preview.taxCents) })}</p>
      </section>

      {!canOrder ? (
        <section className="card">
          {signedIn ? (
            <p>{t("account.onlyCustomers")}</p>
          ) : (
            <>
              <p>{t("account.signInToOrder")}</p>
              <p className="actions">
                <Link href="/signin?callbackUrl=%2Fcheckout" className="button">
                  {t("account.signIn")}
                </Link>
                <Link href="/signup?callbackUrl=%2Fcheckout" className="button button-quiet">
                  {t("account.createAccount")}
                </Link>
              </p>
            </>
          )}
        </section>
      ) : (
        <form className="card form" onSubmit={onSubmit}>
          <h2>{t("form.delivery")}</h2>
          <DeliveryFields place={place} saved={saved} />

          <div className="field">
            <label htmlFor="kitchen-note">{t("form.kitchenNote")}</label>
            <textarea
              id="kitchen-note"
              maxLength={500}
              rows={2}
              placeholder={t("form.kitchenNotePlaceholder")}
              value={kitchenNote}
              onChange={(e) => setKitchenNote(e.target.value)}
            />
          </div>

          <fieldset className="chips">
            <legend>{t("form.tip")}</legend>
            {TIPS.map((tip) => (
              <label key={tip} className="chip">
                <input type="radio" name="tip" checked={tipCents === tip} onChange={() => setTipCents(tip)} />
                {tip === 0 ? t("form.noTip") : money(tip)}
              </label>
            ))}
          </fieldset>

          <h2>{t("form.payment")}</h2>
          <div className="field">
            <label htmlFor="card-number">{t("form.cardNumber")}</label>
            <input id="card-number" name="cardNumber" inputMode="numeric" autoComplete="cc-number" required placeholder="4242 4242 4242 4242" />
          </div>
          {testCards && (
            <details className="muted small">
              <summary>{t("form.testCards")}</summary>
              <ul>
                <li>{t.rich("form.cardSucceeds", { card: testCards.success, code })}</li>
                <li>{t.rich("form.cardDeclined", { card: testCards.declined, code })}</li>
                <li>{t.rich("form.cardAsync", { card: testCards.asyncSuccess, code })}</li>
                <li>{t.rich("form.cardSlow", { card: testCards.slow, code })}</li>
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
            {pending ? t("form.placing") : placed ? t("form.placed") : ""}
          </p>
          <button type="submit" className="button" disabled={pending}>
            {pending ? t("form.placing") : t("form.pay", { total: money(preview.totalCents) })}
          </button>
        </form>
      )}
    </div>
  );
}
