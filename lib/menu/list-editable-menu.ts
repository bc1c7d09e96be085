// The menu as staff edit it: every live category (empty ones too) in order, with every live
// item and what the editor needs of it (category, kind, prep time, photo, position).
// GET /api/v1/restaurants/{id}/menu/categories and /kitchen/[restaurantId]/menu. Bounded by
// MAX_CATEGORIES_PER_OUTLET and MAX_ITEMS_PER_OUTLET: creation is capped there.
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/auth/actor";
import { assertOutletStaff } from "@/lib/menu/assert-outlet-staff";
import { editableItemSelect } from "@/lib/menu/editable-item-select";

export async function listEditableMenu(actor: Actor, restaurantId: unknown) {
  const id = await assertOutletStaff(actor, restaurantId);
  const restaurant = await prisma.restaurant.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      name: true,
      menuVersion: true,
      categories: { where: { archivedAt: null }, take: env.MAX_CATEGORIES_PER_OUTLET, orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true, position: true } },
      items: { where: { archivedAt: null }, take: env.MAX_ITEMS_PER_OUTLET, orderBy: [{ position: "asc" }, { name: "asc" }], select: editableItemSelect },
    },
  });
  const { categories, items, ...outlet } = restaurant;
  const live = new Set(categories.map((c) => c.id));
  return {
    restaurant: outlet,
    categories: categories.map((c) => ({ ...c, items: items.filter((i) => i.categoryId === c.id) })),
    /** Items in no (live) category: shown to customers under "More". */
    uncategorised: items.filter((i) => !i.categoryId || !live.has(i.categoryId)),
  };
}

export type EditableMenu = Awaited<ReturnType<typeof listEditableMenu>>;
