// DELETE /api/v1/restaurants/{id}/menu/items/{itemId} – takes the item off the menu for good.
// Archived, not deleted: past orders still point at it.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors/app-error";
import { changeMenu } from "@/lib/catalog/change-menu";
import { assertOutletStaff } from "@/lib/menu/assert-outlet-staff";
import { recordMenuChange } from "@/lib/menu/record-menu-change";

export async function archiveItem(actor: Actor, restaurantId: unknown, itemId: unknown) {
  const id = await assertOutletStaff(actor, restaurantId);
  const itemUuid = z.uuid().parse(itemId);
  return changeMenu(id, async (tx) => {
    const item = await tx.foodItem.findFirst({ where: { id: itemUuid, restaurantId: id, archivedAt: null }, select: { id: true, name: true } });
    if (!item) throw notFound("Item");
    // Conditional: of two archives racing, one archives and the other finds nothing (404).
    const { count } = await tx.foodItem.updateMany({ where: { id: item.id, archivedAt: null }, data: { archivedAt: new Date() } });
    if (count === 0) throw notFound("Item");
    const menuVersion = await recordMenuChange(tx, { restaurantId: id, actor, action: "item.archived", entityId: item.id, changes: { name: item.name } });
    return { itemId: item.id, menuVersion };
  });
}
