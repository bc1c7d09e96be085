"use client";
import Link from "next/link";
import { useRef, useState } from "react";
import { addToCart, cartCount, cartSubtotalCents, useCart, type Cart, type CartLine } from "@/lib/cart/cart-store";
import { formatCents } from "@/lib/money";
import type { Menu } from "@/lib/catalog/get-menu";
import { useLiveMenuPage } from "@/lib/realtime/use-live-menu-page";
import { NewCartDialog } from "./new-cart-dialog";

interface Props {
  restaurant: Omit<Cart, "lines">;
  categories: Menu["categories"];
  orderable: boolean;
  /** The version this render shows; newer ones announced live refresh the page. */
  menuVersion: number;
  realtimeUrl: string;
}

export function MenuView({ restaurant, categories, orderable, menuVersion, realtimeUrl }: Props) {
  const live = useLiveMenuPage(realtimeUrl, restaurant.restaurantId, menuVersion);
  const cart = useCart();
  const mine = cart?.restaurantId === restaurant.restaurantId ? cart : null;
  // A dish waiting for the customer's answer: another restaurant's cart is there.
  const [pending, setPending] = useState<{ item: Omit<CartLine, "quantity">; otherCart: Cart } | null>(null);
  const trigger = useRef<HTMLButtonElement | null>(null);
  const add = (item: Omit<CartLine, "quantity">, button: HTMLButtonElement) => {
    const result = addToCart(restaurant, item);
    if (!result.added) {
      trigger.current = button;
      setPending({ item, otherCart: result.otherCart });
    }
  };
  const answer = (startNew: boolean) => {
    if (pending && startNew) addToCart(restaurant, pending.item, { startNew: true });
    setPending(null);
    trigger.current?.focus();
  };
  return (
    <div className="menu-layout" data-live={live}>
      <nav className="menu-categories" aria-label="Menu sections">
        {categories.map((c) => (
          <a key={c.id} href={`#cat-${c.id}`}>
            {c.name}
          </a>
        ))}
      </nav>
      <div className="menu-sections">
        {categories.map((c) => (
          <section key={c.id} id={`cat-${c.id}`} aria-labelledby={`cat-${c.id}-title`} className="section">
            <h2 id={`cat-${c.id}-title`}>{c.name}</h2>
            <ul className="menu-items">
              {c.items.map((item) => (
                <li key={item.id} className="menu-item" data-testid="menu-item" data-available={item.available}>
                  {item.photoUrl && (
                    // eslint-disable-next-line @next/next/no-img-element -- uploaded files are served as they are
                    <img src={item.photoUrl} alt="" className="menu-admin-photo" loading="lazy" />
                  )}
                  <div className="menu-admin-item-text">
                    <h3>{item.name}</h3>
                    {item.description && <p className="muted small">{item.description}</p>}
                    <p className="small">
                      <strong>{formatCents(item.priceCents)}</strong>
                      {item.tags.length > 0 && <span className="muted"> · {item.tags.join(", ")}</span>}
                      {item.available && item.remaining !== null && <span className="warn"> · only {item.remaining} left</span>}
                    </p>
                  </div>
                  {item.available ? (
                    <button
                      type="button"
                      className="button button-small"
                      disabled={!orderable}
                      aria-label={`Add ${item.name}`}
                      onClick={(e) => add({ itemId: item.id, name: item.name, unitPriceCents: item.priceCents }, e.currentTarget)}
                    >
                      Add
                    </button>
                  ) : (
                    <span className="badge badge-closed">Sold out</span>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <NewCartDialog
        otherCart={pending?.otherCart ?? null}
        restaurantName={restaurant.restaurantName}
        itemName={pending?.item.name ?? ""}
        onKeep={() => answer(false)}
        onStartNew={() => answer(true)}
      />
      {mine && cartCount(mine) > 0 && (
        <div className="cart-bar">
          <span>
            {cartCount(mine)} in cart · {formatCents(cartSubtotalCents(mine))}
          </span>
          <Link href="/checkout" className="button">
            Go to checkout
          </Link>
        </div>
      )}
    </div>
  );
}
