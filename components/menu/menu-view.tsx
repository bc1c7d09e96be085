"use client";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { addToCart, cartCount, cartSubtotalCents, useCart, type Cart, type NewCartLine } from "@/lib/cart/cart-store";
import { formatCents } from "@/lib/money";
import type { Menu } from "@/lib/catalog/get-menu";
import { useLiveMenuPage } from "@/lib/realtime/use-live-menu-page";
import { NewCartDialog } from "./new-cart-dialog";
import { ItemSheet } from "./item-sheet";
import { MenuItemActions } from "./menu-item-actions";
import { AllergenNote } from "./allergen-note";
import { AllergenFilter } from "./allergen-filter";
import { useHiddenAllergens } from "./use-hidden-allergens";

/** The dish tags the catalogue names (menu.tags); any other tag is shown as staff wrote it. */
const DISH_TAGS = ["vegetarian", "vegan", "gluten-free", "halal", "spicy"] as const;
const isDishTag = (tag: string): tag is (typeof DISH_TAGS)[number] => (DISH_TAGS as readonly string[]).includes(tag);

interface Props {
  restaurant: Omit<Cart, "lines">;
  categories: Menu["categories"];
  orderable: boolean;
  /** The version this render shows; newer ones announced live refresh the page. */
  menuVersion: number;
  realtimeUrl: string;
}

type Pending = { line: NewCartLine; quantity: number; otherCart: Cart };

export function MenuView({ restaurant, categories, orderable, menuVersion, realtimeUrl }: Props) {
  const t = useTranslations("menu");
  const locale = useLocale();
  // Menus are priced in euros: outlets have no currency of their own (orders record theirs).
  const money = (cents: number) => formatCents(cents, "EUR", locale);
  const live = useLiveMenuPage(realtimeUrl, restaurant.restaurantId, menuVersion);
  const cart = useCart();
  const mine = cart?.restaurantId === restaurant.restaurantId ? cart : null;
  const [hiddenAllergens, setHiddenAllergens] = useHiddenAllergens();
  // The dish whose sheet is open, by id: the sheet shows the live item as the menu refreshes.
  const [sheetItemId, setSheetItemId] = useState<string | null>(null);
  // A dish waiting for the customer's answer: another restaurant's cart is there.
  const [pending, setPending] = useState<Pending | null>(null);
  const [added, setAdded] = useState("");
  const trigger = useRef<HTMLButtonElement | null>(null);
  const items = categories.flatMap((c) => c.items);
  const sheetItem = items.find((i) => i.id === sheetItemId) ?? null;
  const hides = (item: (typeof items)[number]) => item.allergens.some((a) => (hiddenAllergens as string[]).includes(a));

  const add = (line: NewCartLine, quantity: number, button: HTMLButtonElement | null) => {
    if (button) trigger.current = button;
    const result = addToCart(restaurant, line, { quantity });
    if (result.added) setAdded(t("view.added", { quantity, name: line.name }));
    else setPending({ line, quantity, otherCart: result.otherCart });
    return result.added;
  };
  const answer = (startNew: boolean) => {
    if (pending && startNew) {
      addToCart(restaurant, pending.line, { startNew: true, quantity: pending.quantity });
      setAdded(t("view.added", { quantity: pending.quantity, name: pending.line.name }));
    }
    setPending(null);
    trigger.current?.focus();
  };
  const closeSheet = () => {
    setSheetItemId(null);
    trigger.current?.focus();
  };

  return (
    <div className="menu-layout" data-live={live}>
      <nav className="menu-categories" aria-label={t("view.sections")}>
        {categories.map((c) => (
          <a key={c.id} href={`#cat-${c.id}`}>
            {c.name}
          </a>
        ))}
      </nav>
      <div className="menu-sections">
        <AllergenFilter hidden={hiddenAllergens} onChange={setHiddenAllergens} hiddenCount={items.filter(hides).length} />
        {categories.map((c) => {
          const shown = c.items.filter((item) => !hides(item));
          if (shown.length === 0) return null;
          return (
            <section key={c.id} id={`cat-${c.id}`} aria-labelledby={`cat-${c.id}-title`} className="section">
              <h2 id={`cat-${c.id}-title`}>{c.name}</h2>
              <ul className="menu-items">
                {shown.map((item) => (
                  <li key={item.id} className="menu-item" data-testid="menu-item" data-available={item.available}>
                    {item.photoUrl && (
                      // eslint-disable-next-line @next/next/no-img-element -- uploaded files are served as they are
                      <img src={item.photoUrl} alt="" className="menu-admin-photo" loading="lazy" />
                    )}
                    <div className="menu-admin-item-text">
                      <h3>{item.name}</h3>
                      {item.description && <p className="muted small">{item.description}</p>}
                      <p className="small">
                        <strong>{item.optionGroups.length > 0 ? t("item.from", { price: money(item.priceCents) }) : money(item.priceCents)}</strong>
                        {item.tags.length > 0 && <span className="muted"> · {item.tags.map((tag) => (isDishTag(tag) ? t(`tags.${tag}`) : tag)).join(", ")}</span>}
                        {item.available && item.remaining !== null && <span className="warn"> · {t("item.remaining", { count: item.remaining })}</span>}
                      </p>
                      <AllergenNote allergens={item.allergens} mayContain={item.mayContain} />
                    </div>
                    <MenuItemActions
                      item={item}
                      orderable={orderable}
                      onAdd={(line, button) => add(line, 1, button)}
                      onChoose={(button) => {
                        trigger.current = button;
                        setSheetItemId(item.id);
                      }}
                    />
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
      {sheetItem && (
        <ItemSheet
          key={sheetItem.id}
          item={sheetItem}
          orderable={orderable}
          addLabel={t("view.addToCart")}
          onClose={closeSheet}
          onAdd={(line, quantity) => {
            setSheetItemId(null);
            // The sheet is gone; the cart dialog (if it asks) hands focus back itself.
            if (add(line, quantity, null)) trigger.current?.focus();
          }}
        />
      )}
      <NewCartDialog
        otherCart={pending?.otherCart ?? null}
        restaurantName={restaurant.restaurantName}
        itemName={pending?.line.name ?? ""}
        onKeep={() => answer(false)}
        onStartNew={() => answer(true)}
      />
      <p role="status" className="visually-hidden">
        {added}
      </p>
      {mine && cartCount(mine) > 0 && (
        <div className="cart-bar">
          <span>
            {t("view.inCart", { count: cartCount(mine), price: money(cartSubtotalCents(mine)) })}
          </span>
          <Link href="/checkout" className="button">
            {t("view.checkout")}
          </Link>
        </div>
      )}
    </div>
  );
}
