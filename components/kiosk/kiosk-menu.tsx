"use client";
// The tablet's menu: each category's dishes with their price, allergens and controls.
import { useLocale, useTranslations } from "next-intl";
import { formatCents } from "@/lib/money";
import type { Menu } from "@/lib/catalog/get-menu";
import type { NewCartLine } from "@/lib/cart/cart-line";
import { AllergenNote } from "@/components/menu/allergen-note";
import { KioskItemActions } from "./kiosk-item-actions";

interface Props {
  menu: Menu;
  quantity: (line: NewCartLine) => number;
  onQuantity: (line: NewCartLine, delta: 1 | -1) => void;
  onChoose: (itemId: string, button: HTMLButtonElement) => void;
}

export function KioskMenu({ menu, quantity, onQuantity, onChoose }: Props) {
  const t = useTranslations("kiosk.menu");
  const locale = useLocale();
  // The menu has no currency of its own: outlets trade in euros.
  const money = (cents: number) => formatCents(cents, "EUR", locale);
  return menu.categories.map((c) => (
    <section key={c.id} className="section" aria-label={c.name}>
      <h2>{c.name}</h2>
      <ul className="kiosk-grid">
        {c.items.map((item) => (
          <li key={item.id} className="kiosk-item" data-available={item.available}>
            <h3>{item.name}</h3>
            <p className="muted small">{item.description}</p>
            <p>
              <strong>
                {item.optionGroups.length > 0 ? t("from", { price: money(item.priceCents) }) : money(item.priceCents)}
              </strong>
            </p>
            <AllergenNote allergens={item.allergens} mayContain={item.mayContain} />
            {!item.available ? (
              <span className="badge badge-closed">{t("soldOut")}</span>
            ) : (
              <KioskItemActions item={item} open={menu.restaurant.open} quantity={quantity} onQuantity={onQuantity} onChoose={(button) => onChoose(item.id, button)} />
            )}
          </li>
        ))}
      </ul>
    </section>
  ));
}
