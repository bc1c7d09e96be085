// The table's order before it is sent: each line with its choices and note, one more / one
// less, and lines the live menu no longer allows (a dish sold out, an option 86'd) marked and
// left out of what is sent.
import { formatCents } from "@/lib/money";
import { describeOptions } from "@/lib/cart/cart-line";
import { CartLineDetails } from "@/components/cart/cart-line-details";
import type { KioskLine } from "./kiosk-lines";

interface Props {
  lines: KioskLine[];
  onQuantity: (key: string, quantity: number) => void;
}

export function KioskOrderList({ lines, onQuantity }: Props) {
  return (
    <section className="card kiosk-order" aria-labelledby="kiosk-order-title">
      <h2 id="kiosk-order-title">Your order</h2>
      <ul className="cart-lines">
        {lines.map(({ line, problem, unitPriceCents }) => {
          const label = line.options.length || line.note ? `${line.name} (${[describeOptions(line.options), line.note].filter(Boolean).join(", ")})` : line.name;
          return (
            <li key={line.key} data-testid="kiosk-line" data-available={!problem}>
              <span>
                {line.quantity} × {line.name}
                <CartLineDetails options={line.options} note={line.note} allergens={line.allergens} />
                {problem && <span className="field-error small">Not sent: {problem}</span>}
              </span>
              <span className="qty">
                <button type="button" className="button button-quiet" aria-label={`One less ${label}`} onClick={() => onQuantity(line.key, line.quantity - 1)}>
                  −
                </button>
                <button type="button" className="button button-quiet" aria-label={`One more ${label}`} disabled={!!problem} onClick={() => onQuantity(line.key, line.quantity + 1)}>
                  +
                </button>
              </span>
              <span>{problem ? "" : formatCents(unitPriceCents * line.quantity)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
