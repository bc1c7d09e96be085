// PATCH /api/v1/restaurants/{id}/menu/option-groups/{groupId} – rename, or change how many
// options customers must and may choose. Every item the group is attached to changes at once.
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { changeMenu } from "@/lib/catalog/change-menu";
import { assertOutletStaff } from "@/lib/menu/assert-outlet-staff";
import { editableOptionGroupSelect, toEditableGroup } from "@/lib/menu/editable-option-group-select";
import { findOutletOptionGroup } from "@/lib/menu/find-outlet-option-group";
import { diffFields, recordMenuChange } from "@/lib/menu/record-menu-change";
import { selectRangeMessage, updateOptionGroupSchema } from "@/lib/menu/schemas";

export async function updateOptionGroup(actor: Actor, restaurantId: unknown, groupId: unknown, input: unknown) {
  const id = await assertOutletStaff(actor, restaurantId);
  const body = updateOptionGroupSchema.parse(input);
  return changeMenu(id, async (tx) => {
    const before = await findOutletOptionGroup(tx, id, groupId);
    // Checked against the stored other bound: {"minSelect": 3} on a group of at most 2 is a 400.
    if ((body.minSelect ?? before.minSelect) > (body.maxSelect ?? before.maxSelect)) {
      throw new AppError(400, `${before.name}: ${selectRangeMessage}`, "invalid_request");
    }
    const changes = diffFields(before, body);
    if (Object.keys(changes).length === 0) {
      const group = await tx.optionGroup.findUniqueOrThrow({ where: { id: before.id }, select: editableOptionGroupSelect });
      const { menuVersion } = await tx.restaurant.findUniqueOrThrow({ where: { id }, select: { menuVersion: true } });
      return { group: toEditableGroup(group), menuVersion };
    }
    const group = await tx.optionGroup.update({ where: { id: before.id }, data: body, select: editableOptionGroupSelect });
    const menuVersion = await recordMenuChange(tx, { restaurantId: id, actor, action: "option_group.updated", entityId: group.id, changes });
    return { group: toEditableGroup(group), menuVersion };
  });
}
