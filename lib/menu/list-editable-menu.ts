// The menu as staff edit it: every live category (empty ones too) in order, with every live
// item and what the editor needs of it (category, kind, prep time, photo, position, allergens,
// the option groups it offers in order), and the outlet's live option groups with their options.
// GET /api/v1/restaurants/{id}/menu/categories and /kitchen/[restaurantId]/menu. Bounded by
// MAX_CATEGORIES_PER_OUTLET and MAX_ITEMS_PER_OUTLET: creation is capped there.
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/auth/actor";
import { assertOutletStaff } from "@/lib/menu/assert-outlet-staff";
import { editableItemSelect } from "@/lib/menu/editable-item-select";
import { itemGroupIdsSelect } from "@/lib/catalog/option-groups-by-item";
import { editableOptionGroupSelect, toEditableGroup } from "@/lib/menu/editable-option-group-select";

export async function listEditableMenu(actor: Actor, restaurantId: unknown) {
  const id = await assertOutletStaff(actor, restaurantId);
  const restaurant = await prisma.restaurant.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      name: true,
      menuVersion: true,
      // The change log shows the outlet's clock, as the kitchen and availability pages do.
      timeZone: true,
      categories: { where: { archivedAt: null }, take: env.MAX_CATEGORIES_PER_OUTLET, orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true, position: true } },
      items: {
        where: { archivedAt: null },
        take: env.MAX_ITEMS_PER_OUTLET,
        orderBy: [{ position: "asc" }, { name: "asc" }],
        select: { ...editableItemSelect, optionGroups: itemGroupIdsSelect },
      },
      optionGroups: { where: { archivedAt: null }, orderBy: [{ position: "asc" }, { name: "asc" }], select: editableOptionGroupSelect },
    },
  });
  const { categories, optionGroups, items: itemRows, ...outlet } = restaurant;
  // Attachments to archived groups are left out: the editor shows what customers see.
  const live = new Set(optionGroups.map((g) => g.id));
  const items = itemRows.map(({ optionGroups: attached, ...item }) => ({
    ...item,
    groupIds: attached.map((a) => a.groupId).filter((id) => live.has(id)),
  }));
  const liveCategories = new Set(categories.map((c) => c.id));
  return {
    restaurant: outlet,
    categories: categories.map((c) => ({ ...c, items: items.filter((i) => i.categoryId === c.id) })),
    /** Items in no (live) category: shown to customers under "More". */
    uncategorised: items.filter((i) => !i.categoryId || !liveCategories.has(i.categoryId)),
    optionGroups: optionGroups.map(toEditableGroup),
  };
}

export type EditableMenu = Awaited<ReturnType<typeof listEditableMenu>>;
