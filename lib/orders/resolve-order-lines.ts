// The lines of a new order as the server prices and snapshots them: the customer's choices
// checked against the item's option groups (lib/menu/resolve-choices.ts), and what the order
// needs of each tracked item and option, summed over its lines.
import { AppError } from "@/lib/errors/app-error";
import { choiceKey, resolveChoices, type ChosenOptions, type ResolvedOption } from "@/lib/menu/resolve-choices";
import type { OrderableItem, OrderableOption } from "@/lib/orders/read-order-context";

export interface OrderLineInput {
  itemId: string;
  quantity: number;
  notes?: string;
  options?: ChosenOptions;
}

export interface PricedOrderLine {
  itemId: string;
  name: string;
  /** The item's price plus its chosen options' deltas. */
  unitPriceCents: number;
  quantity: number;
  notes: string | null;
  options: ResolvedOption[];
  allergens: string[];
}

/** Units of one item or option the order takes, whichever lines they are on. */
export interface Demand {
  id: string;
  quantity: number;
}

/** The same item with the same choices and note counts once, with the quantities added up. */
export function mergeLines(lines: OrderLineInput[]): OrderLineInput[] {
  const merged = new Map<string, OrderLineInput>();
  for (const line of lines) {
    const key = choiceKey(line.itemId, line.options, line.notes);
    const seen = merged.get(key);
    if (seen) seen.quantity += line.quantity;
    else merged.set(key, { ...line });
  }
  return [...merged.values()];
}

/**
 * Sums quantities per id, in id order: the write locks stock rows in one global order, which
 * keeps two multi-item orders from deadlocking.
 */
export function sumDemand(entries: Demand[]): Demand[] {
  const sums = new Map<string, number>();
  for (const e of entries) sums.set(e.id, (sums.get(e.id) ?? 0) + e.quantity);
  return [...sums].map(([id, quantity]) => ({ id, quantity })).sort((a, b) => a.id.localeCompare(b.id));
}

export class OptionUnavailableError extends AppError {
  constructor(option: { id: string; name: string }, available: number) {
    const message = available > 0 ? `Only ${available} left of ${option.name}` : `${option.name} is no longer available`;
    super(409, message, "option_unavailable", { optionId: option.id, available });
  }
}

/**
 * Prices every line with its choices. A request that is wrong in itself (400, naming the group)
 * is refused before one that only meets the kitchen's stock (409, naming the option).
 */
export function resolveOrderLines(lines: OrderLineInput[], items: Map<string, OrderableItem>) {
  const options = new Map<string, OrderableOption>([...items.values()].flatMap((item) => item.groups.flatMap((g) => g.options.map((o) => [o.id, o] as const))));
  const priced: PricedOrderLine[] = [];
  let unavailable: OrderableOption | undefined;
  for (const line of lines) {
    const item = items.get(line.itemId)!;
    const result = resolveChoices(item, line.options);
    if (!result.ok && result.status === 400) throw new AppError(400, result.message, "invalid_options", { itemId: item.id, groupId: result.groupId });
    if (!result.ok) unavailable ??= options.get(result.optionId);
    else {
      const { unitPriceCents, allergens } = result;
      priced.push({ itemId: item.id, name: item.name, unitPriceCents, quantity: line.quantity, notes: line.notes ?? null, options: result.options, allergens });
    }
  }
  if (unavailable) throw new OptionUnavailableError(unavailable, 0);

  const optionDemand = sumDemand(priced.flatMap((l) => l.options.map((o) => ({ id: o.optionId, quantity: l.quantity }))));
  for (const need of optionDemand) {
    const option = options.get(need.id)!;
    if (option.quantity !== null && option.quantity < need.quantity) throw new OptionUnavailableError(option, option.quantity);
  }
  return { lines: priced, optionDemand, optionsTracked: optionDemand.some((d) => options.get(d.id)!.quantity !== null) };
}
