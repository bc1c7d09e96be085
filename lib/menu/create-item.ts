// POST /api/v1/restaurants/{id}/menu/items – a new item, last in its category. Its stock is
// untracked until someone counts it (availability screen).
import type { Actor } from "@/lib/auth/actor";
import { changeMenu } from "@/lib/catalog/change-menu";
import { env } from "@/lib/env";
import { enforceCap } from "@/lib/limits/enforce-cap";
import { assertOutletStaff } from "@/lib/menu/assert-outlet-staff";
import { findOutletCategory } from "@/lib/menu/find-outlet-category";
import { editableItemSelect } from "@/lib/menu/editable-item-select";
import { recordMenuChange } from "@/lib/menu/record-menu-change";
import { createItemSchema, itemColumns } from "@/lib/menu/schemas";

export async function createItem(actor: Actor, restaurantId: unknown, input: unknown) {
  const id = await assertOutletStaff(actor, restaurantId);
  const body = createItemSchema.parse(input);
  return changeMenu(id, async (tx) => {
    const count = () => tx.foodItem.count({ where: { restaurantId: id, archivedAt: null } });
    await enforceCap(tx, { what: "items", owner: "outlet", ownerId: id, limit: env.MAX_ITEMS_PER_OUTLET, count });
    // Locks the category, so it cannot be archived under the new item.
    if (body.category_id) await findOutletCategory(tx, id, body.category_id);
    const { _max } = await tx.foodItem.aggregate({ where: { restaurantId: id, categoryId: body.category_id, archivedAt: null }, _max: { position: true } });
    const item = await tx.foodItem.create({
      data: { ...itemColumns(body), name: body.name, priceCents: body.price, restaurantId: id, position: (_max.position ?? -1) + 1 },
      select: editableItemSelect,
    });
    const { id: itemId, position: _position, ...created } = item;
    const menuVersion = await recordMenuChange(tx, { restaurantId: id, actor, action: "item.created", entityId: itemId, changes: created });
    return { item, menuVersion };
  });
}
