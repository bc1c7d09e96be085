// The table's order lines checked against the live menu: a line is sent only while its dish is
// available and its choices still pass resolveChoices (the server's rule), at today's price.
import { chosenOptionsOf, type CartLine } from "@/lib/cart/cart-line";
import { resolveChoices } from "@/lib/menu/resolve-choices";
import { choiceItemOf, type MenuItem } from "@/components/menu/menu-item";

/** Why a line cannot be sent now; the review words it (kiosk.order.<kind>). */
export type KioskLineProblem = { kind: "soldOut" } | { kind: "optionGone"; option: string } | { kind: "choices" };

export interface KioskLine {
  line: CartLine;
  problem: KioskLineProblem | null;
  unitPriceCents: number;
}

export function checkKioskLines(lines: CartLine[], items: Map<string, MenuItem>): KioskLine[] {
  return lines.map((line) => {
    const item = items.get(line.itemId);
    if (!item || !item.available) return { line, problem: { kind: "soldOut" }, unitPriceCents: line.unitPriceCents };
    const result = resolveChoices(choiceItemOf(item), chosenOptionsOf(line));
    if (!result.ok) {
      const gone = result.code === "option_unavailable" ? item.optionGroups.flatMap((g) => g.options).find((o) => o.id === result.optionId) : undefined;
      return { line, problem: gone ? { kind: "optionGone", option: gone.name } : { kind: "choices" }, unitPriceCents: line.unitPriceCents };
    }
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
