// PUT /api/v1/restaurants/{id}/menu/categories/order – {"ids": [every live category, in order]}.
import type { Actor } from "@/lib/auth/actor";
import { changeMenu } from "@/lib/catalog/change-menu";
import { assertOutletStaff } from "@/lib/menu/assert-outlet-staff";
import { assertSameSet } from "@/lib/menu/assert-same-set";
import { recordMenuChange } from "@/lib/menu/record-menu-change";
import { reorderCategoriesSchema } from "@/lib/menu/schemas";

export async function reorderCategories(actor: Actor, restaurantId: unknown, input: unknown) {
  const id = await assertOutletStaff(actor, restaurantId);
  const { ids } = reorderCategoriesSchema.parse(input);
  return changeMenu(id, async (tx) => {
    // Locked: a category added or archived meanwhile makes the list stale, not half-applied.
    const live = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM menu_categories WHERE restaurant_id = ${id}::uuid AND archived_at IS NULL FOR NO KEY UPDATE`;
    assertSameSet(live.map((c) => c.id), ids);
    await tx.$executeRaw`
      UPDATE menu_categories c SET position = o.position - 1
      FROM unnest(${ids}::uuid[]) WITH ORDINALITY AS o(id, position)
      WHERE c.id = o.id`;
    const menuVersion = await recordMenuChange(tx, { restaurantId: id, actor, action: "categories.reordered", changes: { ids } });
    return { ids, menuVersion };
  });
}
