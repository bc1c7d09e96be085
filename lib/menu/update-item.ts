// PATCH /api/v1/restaurants/{id}/menu/items/{itemId} – any of name, description, price
// (euros), tags, prep_minutes, kind, category_id. Moving to another category puts the item last there.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors/app-error";
import { changeMenu } from "@/lib/catalog/change-menu";
import { assertOutletStaff } from "@/lib/menu/assert-outlet-staff";
import { editableItemSelect } from "@/lib/menu/editable-item-select";
import { findOutletCategory } from "@/lib/menu/find-outlet-category";
import { diffFields, recordMenuChange } from "@/lib/menu/record-menu-change";
import { itemColumns, updateItemSchema } from "@/lib/menu/schemas";

export async function updateItem(actor: Actor, restaurantId: unknown, itemId: unknown, input: unknown) {
  const id = await assertOutletStaff(actor, restaurantId);
  const itemUuid = z.uuid().parse(itemId);
  const body = updateItemSchema.parse(input);
  return changeMenu(id, async (tx) => {
    const before = await tx.foodItem.findFirst({ where: { id: itemUuid, restaurantId: id, archivedAt: null }, select: editableItemSelect });
    if (!before) throw notFound("Item");
    const fields = itemColumns(body);
    const changes = diffFields(before, fields);
    if (Object.keys(changes).length === 0) {
      const { menuVersion } = await tx.restaurant.findUniqueOrThrow({ where: { id }, select: { menuVersion: true } });
      return { item: before, menuVersion };
    }
    let position = before.position;
    if ("categoryId" in changes) {
      if (fields.categoryId) await findOutletCategory(tx, id, fields.categoryId);
      const { _max } = await tx.foodItem.aggregate({ where: { restaurantId: id, categoryId: fields.categoryId, archivedAt: null }, _max: { position: true } });
      position = (_max.position ?? -1) + 1;
    }
    const item = await tx.foodItem.update({ where: { id: before.id }, data: { ...fields, position }, select: editableItemSelect });
    const menuVersion = await recordMenuChange(tx, { restaurantId: id, actor, action: "item.updated", entityId: item.id, changes });
    return { item, menuVersion };
  });
}
