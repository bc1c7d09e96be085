// DELETE /api/v1/restaurants/{id}/menu/categories/{categoryId} – takes a category and its
// items off the menu. Archived, not deleted: past orders still point at the items.
import type { Actor } from "@/lib/auth/actor";
import { changeMenu } from "@/lib/catalog/change-menu";
import { assertOutletStaff } from "@/lib/menu/assert-outlet-staff";
import { findOutletCategory } from "@/lib/menu/find-outlet-category";
import { recordMenuChange } from "@/lib/menu/record-menu-change";

export async function archiveCategory(actor: Actor, restaurantId: unknown, categoryId: unknown) {
  const id = await assertOutletStaff(actor, restaurantId);
  return changeMenu(id, async (tx) => {
    const category = await findOutletCategory(tx, id, categoryId);
    const now = new Date();
    await tx.menuCategory.update({ where: { id: category.id }, data: { archivedAt: now } });
    // One statement for all its items: the search-document trigger runs once, not per item.
    const items = await tx.foodItem.updateMany({ where: { categoryId: category.id, archivedAt: null }, data: { archivedAt: now } });
    const menuVersion = await recordMenuChange(tx, {
      restaurantId: id,
      actor,
      action: "category.archived",
      entityId: category.id,
      changes: { name: category.name, itemsArchived: items.count },
    });
    return { categoryId: category.id, itemsArchived: items.count, menuVersion };
  });
}
