// PATCH /api/v1/restaurants/{id}/menu/option-groups/{groupId}/options/{optionId} – any of name,
// priceDeltaCents, isDefault, allergens, mayContain, voidsDiet, position. Stock is not here:
// it is counted and 86'd through PUT /api/v1/options/{id}/availability, with its version.
import type { Actor } from "@/lib/auth/actor";
import { changeMenu } from "@/lib/catalog/change-menu";
import { assertOutletStaff } from "@/lib/menu/assert-outlet-staff";
import { clearOtherDefaults } from "@/lib/menu/clear-other-defaults";
import { editableOptionSelect } from "@/lib/menu/editable-option-group-select";
import { findGroupOption } from "@/lib/menu/find-group-option";
import { findOutletOptionGroup } from "@/lib/menu/find-outlet-option-group";
import { diffFields, recordMenuChange } from "@/lib/menu/record-menu-change";
import { updateOptionSchema } from "@/lib/menu/schemas";

export async function updateOption(actor: Actor, restaurantId: unknown, groupId: unknown, optionId: unknown, input: unknown) {
  const id = await assertOutletStaff(actor, restaurantId);
  const body = updateOptionSchema.parse(input);
  return changeMenu(id, async (tx) => {
    const group = await findOutletOptionGroup(tx, id, groupId);
    const before = await findGroupOption(tx, group.id, optionId);
    const changes = diffFields(before, body);
    if (Object.keys(changes).length === 0) {
      const { menuVersion } = await tx.restaurant.findUniqueOrThrow({ where: { id }, select: { menuVersion: true } });
      return { option: before, menuVersion };
    }
    if (body.isDefault) await clearOtherDefaults(tx, group, before.id);
    const option = await tx.menuOption.update({ where: { id: before.id }, data: body, select: editableOptionSelect });
    const menuVersion = await recordMenuChange(tx, { restaurantId: id, actor, action: "option.updated", entityId: option.id, changes });
    return { option, menuVersion };
  });
}
