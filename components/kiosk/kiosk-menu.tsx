// The tablet's menu: each category's dishes with their price, allergens and controls.
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
                {item.optionGroups.length > 0 && "from "}
                {formatCents(item.priceCents)}
              </strong>
            </p>
            <AllergenNote allergens={item.allergens} mayContain={item.mayContain} />
            {!item.available ? (
              <span className="badge badge-closed">Sold out</span>
            ) : (
              <KioskItemActions item={item} open={menu.restaurant.open} quantity={quantity} onQuantity={onQuantity} onChoose={(button) => onChoose(item.id, button)} />
            )}
          </li>
        ))}
      </ul>
    </section>
  ));
}
