// The option groups customers see on each item (customer menu, table tablet), built from the
// outlet's live groups, loaded once per menu, and each item's ordered attachments: a group
// shared by twenty pizzas is read once, not twenty times. Archived groups and options are
// left out; an option is available while it is not 86'd and its counted stock (if any) lasts.
import type { Prisma } from "@/lib/generated/prisma/client";

/** Select on the restaurant: its live groups with their live options, in position order. */
export const liveOptionGroupsSelect = {
  where: { archivedAt: null },
  orderBy: [{ position: "asc" }, { name: "asc" }],
  select: {
    id: true,
    name: true,
    minSelect: true,
    maxSelect: true,
    options: {
      where: { archivedAt: null },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: {
        id: true,
        name: true,
        priceDeltaCents: true,
        isDefault: true,
        inStock: true,
        quantity: true,
        allergens: true,
        mayContain: true,
        voidsDiet: true,
      },
    },
  },
} as const satisfies Prisma.Restaurant$optionGroupsArgs;

/** Select on an item: the groups it offers, in the order its sheet shows them. */
export const itemGroupIdsSelect = {
  orderBy: { position: "asc" },
  select: { groupId: true },
} as const satisfies Prisma.FoodItem$optionGroupsArgs;

type LiveGroup = Prisma.OptionGroupGetPayload<{ select: (typeof liveOptionGroupsSelect)["select"] }>;

export interface CustomerOption {
  id: string;
  name: string;
  priceDeltaCents: number;
  isDefault: boolean;
  available: boolean;
  allergens: string[];
  mayContain: string[];
  voidsDiet: string[];
}

export interface CustomerOptionGroup {
  id: string;
  name: string;
  minSelect: number;
  maxSelect: number;
  options: CustomerOption[];
}

/** Whether customers can choose the option now: not 86'd, and not counted down to zero. */
export const optionAvailable = (option: { inStock: boolean; quantity: number | null }) =>
  option.inStock && (option.quantity == null || option.quantity > 0);

/** Returns a function giving an item's groups from its attachments (ids of archived groups skipped). */
export function optionGroupsByItem(groups: LiveGroup[]): (attachments: { groupId: string }[]) => CustomerOptionGroup[] {
  const byId = new Map<string, CustomerOptionGroup>(
    groups.map((g) => [
      g.id,
      {
        id: g.id,
        name: g.name,
        minSelect: g.minSelect,
        maxSelect: g.maxSelect,
        options: g.options.map(({ inStock, quantity, ...option }) => ({ ...option, available: optionAvailable({ inStock, quantity }) })),
      },
    ]),
  );
  return (attachments) => attachments.flatMap((a) => byId.get(a.groupId) ?? []);
}

/** An item cannot be ordered when one of its groups has fewer available options than it requires. */
export const requiredChoicesAvailable = (groups: CustomerOptionGroup[]) =>
  groups.every((g) => g.minSelect === 0 || g.options.filter((o) => o.available).length >= g.minSelect);
