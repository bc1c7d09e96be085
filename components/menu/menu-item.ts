// A dish as the customer menu and the table tablet read it (lib/catalog/get-menu.ts), and the
// view of it that resolveChoices takes: the sheet previews with the rule the server applies.
import type { Menu } from "@/lib/catalog/get-menu";
import { resolveChoices, type ChoiceItem } from "@/lib/menu/resolve-choices";
import type { NewCartLine } from "@/lib/cart/cart-line";

export type MenuItem = Menu["categories"][number]["items"][number];
export type MenuOptionGroup = MenuItem["optionGroups"][number];

export const choiceItemOf = (item: MenuItem): ChoiceItem => ({
  name: item.name,
  priceCents: item.priceCents,
  tags: item.tags,
  allergens: item.allergens,
  mayContain: item.mayContain,
  groups: item.optionGroups,
});

/** The options chosen by default: each group's available defaults, within its limit. */
export function defaultSelection(item: MenuItem): Record<string, string[]> {
  return Object.fromEntries(
    item.optionGroups.map((g) => [
      g.id,
      g.options
        .filter((o) => o.isDefault && o.available)
        .slice(0, g.maxSelect)
        .map((o) => o.id),
    ]),
  );
}

/**
 * The line a one-tap "Add" puts in the cart: the dish with its default choices, when nothing
 * needs choosing (every group optional, as "Extras" on a pizza). Null when the customer must
 * choose (a required size, doneness): the item sheet opens instead.
 */
export function quickLine(item: MenuItem): NewCartLine | null {
  if (item.optionGroups.some((g) => g.minSelect > 0)) return null;
  const selection = defaultSelection(item);
  const result = resolveChoices(
    choiceItemOf(item),
    item.optionGroups.map((g) => ({ groupId: g.id, optionIds: selection[g.id] ?? [] })),
  );
  if (!result.ok) return null;
  return { itemId: item.id, name: item.name, unitPriceCents: result.unitPriceCents, options: result.options, note: "", allergens: result.allergens };
}
