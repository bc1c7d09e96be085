// POST /api/v1/restaurants/{id}/menu/categories – a new category, last in the menu.
import type { Actor } from "@/lib/auth/actor";
import { changeMenu } from "@/lib/catalog/change-menu";
import { env } from "@/lib/env";
import { enforceCap } from "@/lib/limits/enforce-cap";
import { assertOutletStaff } from "@/lib/menu/assert-outlet-staff";
import { recordMenuChange } from "@/lib/menu/record-menu-change";
import { categorySchema } from "@/lib/menu/schemas";

export async function createCategory(actor: Actor, restaurantId: unknown, input: unknown) {
  const id = await assertOutletStaff(actor, restaurantId);
  const { name } = categorySchema.parse(input);
  return changeMenu(id, async (tx) => {
    const count = () => tx.menuCategory.count({ where: { restaurantId: id, archivedAt: null } });
    await enforceCap(tx, { what: "categories", owner: "outlet", ownerId: id, limit: env.MAX_CATEGORIES_PER_OUTLET, count });
    const { _max } = await tx.menuCategory.aggregate({ where: { restaurantId: id, archivedAt: null }, _max: { position: true } });
    const category = await tx.menuCategory.create({
      data: { restaurantId: id, name, position: (_max.position ?? -1) + 1 },
      select: { id: true, name: true, position: true },
    });
    const menuVersion = await recordMenuChange(tx, { restaurantId: id, actor, action: "category.created", entityId: category.id, changes: { name } });
    return { category, menuVersion };
  });
}
