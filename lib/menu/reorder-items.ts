// PUT /api/v1/restaurants/{id}/menu/items/order – {"category_id": id | null, "ids": [every
// live item of that category (null: of no category), in order]}.
import type { Actor } from "@/lib/auth/actor";
import { changeMenu } from "@/lib/catalog/change-menu";
import { assertOutletStaff } from "@/lib/menu/assert-outlet-staff";
import { assertSameSet } from "@/lib/menu/assert-same-set";
import { findOutletCategory } from "@/lib/menu/find-outlet-category";
import { recordMenuChange } from "@/lib/menu/record-menu-change";
import { reorderItemsSchema } from "@/lib/menu/schemas";

export async function reorderItems(actor: Actor, restaurantId: unknown, input: unknown) {
  const id = await assertOutletStaff(actor, restaurantId);
  const { category_id: categoryId, ids } = reorderItemsSchema.parse(input);
  return changeMenu(id, async (tx) => {
    if (categoryId) await findOutletCategory(tx, id, categoryId);
    const live = await tx.foodItem.findMany({ where: { restaurantId: id, categoryId, archivedAt: null }, select: { id: true } });
    assertSameSet(live.map((i) => i.id), ids);
    // One statement: the search-document trigger on food_items runs once, not once per item.
    await tx.$executeRaw`
      UPDATE food_items i SET position = o.position - 1, updated_at = now()
      FROM unnest(${ids}::uuid[]) WITH ORDINALITY AS o(id, position)
      WHERE i.id = o.id AND i.restaurant_id = ${id}::uuid`;
    const menuVersion = await recordMenuChange(tx, { restaurantId: id, actor, action: "items.reordered", entityId: categoryId ?? undefined, changes: { ids } });
    return { ids, menuVersion };
  });
}
