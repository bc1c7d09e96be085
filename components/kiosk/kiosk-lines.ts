// The table's order lines checked against the live menu: a line is sent only while its dish is
// available and its choices still pass resolveChoices (the server's rule), at today's price.
import { chosenOptionsOf, type CartLine } from "@/lib/cart/cart-line";
import { resolveChoices } from "@/lib/menu/resolve-choices";
import { choiceItemOf, type MenuItem } from "@/components/menu/menu-item";

export interface KioskLine {
  line: CartLine;
  /** Why it cannot be sent now, or null. */
  problem: string | null;
  unitPriceCents: number;
}

export function checkKioskLines(lines: CartLine[], items: Map<string, MenuItem>): KioskLine[] {
  return lines.map((line) => {
    const item = items.get(line.itemId);
    if (!item || !item.available) return { line, problem: `${line.name} is sold out`, unitPriceCents: line.unitPriceCents };
    const result = resolveChoices(choiceItemOf(item), chosenOptionsOf(line));
    if (!result.ok) return { line, problem: result.message, unitPriceCents: line.unitPriceCents };
    return { line, problem: null, unitPriceCents: result.unitPriceCents };
  });
}

/** The seed-004 request shape of a line. */
export const tableOrderLine = ({ line }: KioskLine) => ({
  menu_item_id: line.itemId,
  quantity: line.quantity,
  ...(line.options.length ? { options: chosenOptionsOf(line).map((c) => ({ group_id: c.groupId, option_ids: c.optionIds })) } : {}),
  ...(line.note ? { notes: line.note } : {}),
});
