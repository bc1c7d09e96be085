// "Order again": a past order's lines as cart lines at today's menu. A line whose dish or
// chosen option is gone, sold out or 86'd is not changed behind the customer's back (say,
// by dropping the option): it is left out and reported, so they choose again knowingly.
import { resolveChoices, type ChoiceGroup } from "@/lib/menu/resolve-choices";
import { describeOptions, withLineAdded, type CartLine } from "./cart-line";

/** An option as an order line kept it; ids where the order read sends them. */
export interface PastOption {
  groupId?: string;
  optionId?: string;
  groupName: string;
  name: string;
}

export interface PastLine {
  itemId: string;
  name: string;
  quantity: number;
  notes: string | null;
  options: PastOption[];
}

export interface CurrentItem {
  id: string;
  name: string;
  available: boolean;
  priceCents: number;
  tags: string[];
  allergens: string[];
  mayContain: string[];
  optionGroups: ChoiceGroup[];
}

/** The option of today's menu a past choice was: by id when known, else by group and name. */
function findOption(item: CurrentItem, past: PastOption) {
  for (const group of item.optionGroups) {
    const option = past.optionId
      ? group.options.find((o) => o.id === past.optionId)
      : group.name === past.groupName
        ? group.options.find((o) => o.name === past.name)
        : undefined;
    if (option) return { groupId: group.id, optionId: option.id };
  }
  return null;
}

/** Why a past line could not go back, for the page to word: the dish as ordered ("Margherita (Large)") and the option at fault. */
export type ReorderProblem =
  | { dish: string; reason: "gone" | "soldOut" | "choices" }
  | { dish: string; reason: "optionNotOffered" | "optionGone"; option: string };

export function rebuildCartLines(past: PastLine[], menu: CurrentItem[]): { lines: CartLine[]; problems: ReorderProblem[] } {
  const byId = new Map(menu.map((i) => [i.id, i]));
  let lines: CartLine[] = [];
  const problems: ReorderProblem[] = [];
  for (const line of past) {
    const title = line.options.length ? `${line.name} (${describeOptions(line.options)})` : line.name;
    const item = byId.get(line.itemId);
    if (!item) {
      problems.push({ dish: title, reason: "gone" });
      continue;
    }
    if (!item.available) {
      problems.push({ dish: title, reason: "soldOut" });
      continue;
    }
    const found = line.options.map((o) => ({ past: o, now: findOption(item, o) }));
    const missing = found.find((f) => !f.now);
    if (missing) {
      problems.push({ dish: title, reason: "optionNotOffered", option: missing.past.name });
      continue;
    }
    const chosen = item.optionGroups
      .map((g) => ({ groupId: g.id, optionIds: found.flatMap((f) => (f.now!.groupId === g.id ? [f.now!.optionId] : [])) }))
      .filter((c) => c.optionIds.length > 0);
    const result = resolveChoices({ ...item, groups: item.optionGroups }, chosen);
    if (!result.ok) {
      const gone = result.code === "option_unavailable" ? found.find((f) => f.now!.optionId === result.optionId) : undefined;
      problems.push(gone ? { dish: title, reason: "optionGone", option: gone.past.name } : { dish: title, reason: "choices" });
      continue;
    }
    const again = { itemId: item.id, name: item.name, unitPriceCents: result.unitPriceCents, options: result.options, note: line.notes ?? "", allergens: result.allergens };
    lines = withLineAdded(lines, again, line.quantity);
  }
  return { lines, problems };
}
