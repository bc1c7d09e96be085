// A dish as the customer menu and the table tablet read it (lib/catalog/get-menu.ts), and the
// view of it that resolveChoices takes: the sheet previews with the rule the server applies.
import type { Menu } from "@/lib/catalog/get-menu";
import type { ChoiceItem } from "@/lib/menu/resolve-choices";

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
