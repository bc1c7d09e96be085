// Validates and prices a diner's choices for one menu item: the one rule shared by the server
// (which alone decides the price) and the item sheet (which previews it). No I/O: callers pass
// the item with its attached groups as they read them.

export interface ChoiceOption {
  id: string;
  name: string;
  priceDeltaCents: number;
  /** False when 86'd, archived, or its tracked quantity is 0. */
  available: boolean;
  allergens: string[];
  mayContain: string[];
  /** Dietary tags of the item this option takes away (bacon voids "vegetarian"). */
  voidsDiet: string[];
}

export interface ChoiceGroup {
  id: string;
  name: string;
  minSelect: number;
  maxSelect: number;
  options: ChoiceOption[];
}

/** The request shape: per group, the ids of the chosen options. */
export type ChosenOptions = { groupId: string; optionIds: string[] }[];

export interface ChoiceItem {
  name: string;
  priceCents: number;
  tags: string[];
  allergens: string[];
  mayContain: string[];
  /** In the item's attachment order; options in their position order. */
  groups: ChoiceGroup[];
}

/** One chosen option as an order line keeps it. */
export interface ResolvedOption {
  groupId: string;
  groupName: string;
  optionId: string;
  name: string;
  priceDeltaCents: number;
}

export type ResolveResult =
  | {
      ok: true;
      unitPriceCents: number;
      /** In the item's group order, then option position: the same choices always read the same. */
      options: ResolvedOption[];
      allergens: string[];
      mayContain: string[];
      dietaryTags: string[];
    }
  | { ok: false; status: 400; code: "invalid_options"; message: string; groupId?: string }
  | { ok: false; status: 409; code: "option_unavailable"; message: string; optionId: string };

type Invalid = Extract<ResolveResult, { status: 400 }>;
const invalid = (message: string, groupId?: string): Invalid => ({ ok: false, status: 400, code: "invalid_options", message, groupId });

/** What is wrong with choosing `count` options of the group, or null when it is fine. */
function countProblem(group: ChoiceGroup, count: number): string | null {
  if (count >= group.minSelect && count <= group.maxSelect) return null;
  if (group.minSelect === group.maxSelect) return `${group.name}: choose exactly ${group.minSelect}`;
  return count < group.minSelect ? `${group.name}: choose at least ${group.minSelect}` : `${group.name}: choose at most ${group.maxSelect}`;
}

export function resolveChoices(item: ChoiceItem, chosen: ChosenOptions | undefined): ResolveResult {
  const groupsById = new Map(item.groups.map((g) => [g.id, g]));
  const chosenIds = new Map<string, Set<string>>();

  // 400s first: a malformed request is wrong whatever the kitchen has in stock.
  for (const entry of chosen ?? []) {
    const group = groupsById.get(entry.groupId);
    if (!group) return invalid(`Option group ${entry.groupId} is not offered on ${item.name}`, entry.groupId);
    if (chosenIds.has(group.id)) return invalid(`${group.name} is listed twice`, group.id);
    const ids = new Set(entry.optionIds);
    if (ids.size !== entry.optionIds.length) return invalid(`${group.name}: the same choice twice`, group.id);
    const known = new Set(group.options.map((o) => o.id));
    if (entry.optionIds.some((id) => !known.has(id))) return invalid(`Unknown choice in ${group.name}`, group.id);
    chosenIds.set(group.id, ids);
  }

  const options: ResolvedOption[] = [];
  const picked: ChoiceOption[] = [];
  for (const group of item.groups) {
    const ids = chosenIds.get(group.id) ?? new Set<string>();
    const problem = countProblem(group, ids.size);
    if (problem) return invalid(problem, group.id);
    for (const option of group.options) {
      if (!ids.has(option.id)) continue;
      picked.push(option);
      options.push({ groupId: group.id, groupName: group.name, optionId: option.id, name: option.name, priceDeltaCents: option.priceDeltaCents });
    }
  }

  const unitPriceCents = item.priceCents + options.reduce((sum, o) => sum + o.priceDeltaCents, 0);
  if (unitPriceCents < 0) return invalid(`${item.name}: these choices would make the price negative`);

  const gone = picked.find((o) => !o.available);
  if (gone) return { ok: false, status: 409, code: "option_unavailable", message: `${gone.name} is no longer available`, optionId: gone.id };

  const allergens = sortedUnion([item.allergens, ...picked.map((o) => o.allergens)]);
  // "May contain" adds nothing where the dish certainly contains it.
  const mayContain = sortedUnion([item.mayContain, ...picked.map((o) => o.mayContain)]).filter((a) => !allergens.includes(a));
  const voided = new Set(picked.flatMap((o) => o.voidsDiet));
  const dietaryTags = item.tags.filter((t) => !voided.has(t));
  return { ok: true, unitPriceCents, options, allergens, mayContain, dietaryTags };
}

function sortedUnion(lists: string[][]): string[] {
  return [...new Set(lists.flat())].sort();
}

/** Choices in a canonical order, whatever order they were sent in; a group chosen empty is no choice. */
export function canonicalChoices(chosen: ChosenOptions | undefined): [groupId: string, optionIds: string[]][] {
  return (chosen ?? [])
    .filter((g) => g.optionIds.length > 0)
    .map((g): [string, string[]] => [g.groupId, [...g.optionIds].sort()])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The canonical cart-line key: the same item with the same choices (in any order) and the same
 * note is one line; anything else is a line of its own.
 */
export function choiceKey(itemId: string, chosen: ChosenOptions | undefined, note?: string): string {
  return JSON.stringify([itemId, canonicalChoices(chosen), note?.trim() ?? ""]);
}
