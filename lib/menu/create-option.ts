// POST /api/v1/restaurants/{id}/menu/option-groups/{groupId}/options – a new option, last in
// its group; on every item the group is attached to at once.
import type { Actor } from "@/lib/auth/actor";
import { changeMenu } from "@/lib/catalog/change-menu";
import { enforceCap } from "@/lib/limits/enforce-cap";
import { assertOutletStaff } from "@/lib/menu/assert-outlet-staff";
import { clearOtherDefaults } from "@/lib/menu/clear-other-defaults";
import { editableOptionSelect } from "@/lib/menu/editable-option-group-select";
import { findOutletOptionGroup } from "@/lib/menu/find-outlet-option-group";
import { recordMenuChange } from "@/lib/menu/record-menu-change";
import { createOptionSchema, MAX_OPTIONS_PER_GROUP } from "@/lib/menu/schemas";

export async function createOption(actor: Actor, restaurantId: unknown, groupId: unknown, input: unknown) {
  const id = await assertOutletStaff(actor, restaurantId);
  const body = createOptionSchema.parse(input);
  return changeMenu(id, async (tx) => {
    // Locked: the count below and the position are exact while options are added at once.
    const group = await findOutletOptionGroup(tx, id, groupId);
    const count = () => tx.menuOption.count({ where: { groupId: group.id, archivedAt: null } });
    await enforceCap(tx, { what: "options", owner: "option group", ownerId: group.id, limit: MAX_OPTIONS_PER_GROUP, count });
    if (body.isDefault) await clearOtherDefaults(tx, group);
    const { _max } = await tx.menuOption.aggregate({ where: { groupId: group.id, archivedAt: null }, _max: { position: true } });
    const option = await tx.menuOption.create({
      data: { ...body, groupId: group.id, restaurantId: id, position: (_max.position ?? -1) + 1 },
      select: editableOptionSelect,
    });
    const menuVersion = await recordMenuChange(tx, {
      restaurantId: id,
      actor,
      action: "option.created",
      entityId: option.id,
      changes: { group: group.name, ...body },
    });
    return { option, menuVersion };
  });
}
