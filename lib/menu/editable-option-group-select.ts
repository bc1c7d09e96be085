import type { Prisma } from "@/lib/generated/prisma/client";

/** An option as staff edit it (menu editor, option-group API): prices, stock and allergens. */
export const editableOptionSelect = {
  id: true,
  groupId: true,
  name: true,
  priceDeltaCents: true,
  isDefault: true,
  position: true,
  inStock: true,
  quantity: true,
  version: true,
  allergens: true,
  mayContain: true,
  voidsDiet: true,
} as const satisfies Prisma.MenuOptionSelect;

/** A live group as staff edit it: its live options in order and the live items it is attached to. */
export const editableOptionGroupSelect = {
  id: true,
  name: true,
  minSelect: true,
  maxSelect: true,
  position: true,
  options: { where: { archivedAt: null }, orderBy: [{ position: "asc" }, { name: "asc" }], select: editableOptionSelect },
  items: { where: { item: { archivedAt: null } }, orderBy: { itemId: "asc" }, select: { itemId: true } },
} as const satisfies Prisma.OptionGroupSelect;

type EditableGroupRow = Prisma.OptionGroupGetPayload<{ select: typeof editableOptionGroupSelect }>;

/** The group as the API sends it: attached items as a plain id list. */
export function toEditableGroup({ items, ...group }: EditableGroupRow) {
  return { ...group, itemIds: items.map((i) => i.itemId) };
}

export type EditableOptionGroup = ReturnType<typeof toEditableGroup>;
