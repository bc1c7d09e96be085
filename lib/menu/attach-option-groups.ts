// PUT /api/v1/restaurants/{id}/menu/items/{itemId}/option-groups – {"groupIds": [...]}: the
// groups the item offers, in the order its sheet shows them; replaces the list ([] detaches all).
// Item and groups must be the outlet's and live: another outlet's group is not found here.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors/app-error";
import { changeMenu } from "@/lib/catalog/change-menu";
import { assertOutletStaff } from "@/lib/menu/assert-outlet-staff";
import { recordMenuChange } from "@/lib/menu/record-menu-change";
import { attachOptionGroupsSchema } from "@/lib/menu/schemas";

export async function attachOptionGroups(actor: Actor, restaurantId: unknown, itemId: unknown, input: unknown) {
  const id = await assertOutletStaff(actor, restaurantId);
  const itemUuid = z.uuid().parse(itemId);
  const { groupIds } = attachOptionGroupsSchema.parse(input);
  return changeMenu(id, async (tx) => {
    // The item's row lock orders two replacements of its list: the second sees the first's rows.
    const [item] = await tx.$queryRaw<{ id: string; name: string }[]>`
      SELECT id, name FROM food_items
      WHERE id = ${itemUuid}::uuid AND restaurant_id = ${id}::uuid AND archived_at IS NULL
      FOR NO KEY UPDATE`;
    if (!item) throw notFound("Item");
    // Share locks: a group cannot be archived (FOR NO KEY UPDATE there) between this check and
    // the insert; an archive that committed first makes the group not found here.
    const groups = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM option_groups
      WHERE id = ANY(${groupIds}::uuid[]) AND restaurant_id = ${id}::uuid AND archived_at IS NULL
      FOR SHARE`;
    if (groups.length !== groupIds.length) throw notFound("Option group");
    const before = await tx.itemOptionGroup.findMany({ where: { itemId: item.id }, orderBy: { position: "asc" }, select: { groupId: true } });
    await tx.itemOptionGroup.deleteMany({ where: { itemId: item.id } });
    await tx.itemOptionGroup.createMany({ data: groupIds.map((groupId, position) => ({ itemId: item.id, groupId, position })) });
    const menuVersion = await recordMenuChange(tx, {
      restaurantId: id,
      actor,
      action: "item.option_groups_set",
      entityId: item.id,
      changes: { name: item.name, groupIds: [before.map((a) => a.groupId), groupIds] },
    });
    return { groupIds, menuVersion };
  });
}
