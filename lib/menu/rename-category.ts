// PATCH /api/v1/restaurants/{id}/menu/categories/{categoryId} – {"name": "…"}.
import type { Actor } from "@/lib/auth/actor";
import { changeMenu } from "@/lib/catalog/change-menu";
import { assertOutletStaff } from "@/lib/menu/assert-outlet-staff";
import { findOutletCategory } from "@/lib/menu/find-outlet-category";
import { recordMenuChange } from "@/lib/menu/record-menu-change";
import { categorySchema } from "@/lib/menu/schemas";

export async function renameCategory(actor: Actor, restaurantId: unknown, categoryId: unknown, input: unknown) {
  const id = await assertOutletStaff(actor, restaurantId);
  const { name } = categorySchema.parse(input);
  return changeMenu(id, async (tx) => {
    const before = await findOutletCategory(tx, id, categoryId);
    const category = await tx.menuCategory.update({ where: { id: before.id }, data: { name }, select: { id: true, name: true, position: true } });
    const menuVersion = await recordMenuChange(tx, {
      restaurantId: id,
      actor,
      action: "category.renamed",
      entityId: category.id,
      changes: { name: [before.name, name] },
    });
    return { category, menuVersion };
  });
}
