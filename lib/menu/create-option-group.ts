// POST /api/v1/restaurants/{id}/menu/option-groups – a new group ("Size": choose exactly 1),
// last among the outlet's groups, with its first options in the order sent.
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { changeMenu } from "@/lib/catalog/change-menu";
import { enforceCap } from "@/lib/limits/enforce-cap";
import { assertOutletStaff } from "@/lib/menu/assert-outlet-staff";
import { editableOptionGroupSelect, toEditableGroup } from "@/lib/menu/editable-option-group-select";
import { recordMenuChange } from "@/lib/menu/record-menu-change";
import { createOptionGroupSchema, MAX_OPTION_GROUPS_PER_OUTLET } from "@/lib/menu/schemas";

export async function createOptionGroup(actor: Actor, restaurantId: unknown, input: unknown) {
  const id = await assertOutletStaff(actor, restaurantId);
  const { options, ...fields } = createOptionGroupSchema.parse(input);
  if (options.filter((o) => o.isDefault).length > fields.maxSelect) {
    throw new AppError(400, `${fields.name}: at most ${fields.maxSelect} default option(s)`, "invalid_request");
  }
  return changeMenu(id, async (tx) => {
    const count = () => tx.optionGroup.count({ where: { restaurantId: id, archivedAt: null } });
    await enforceCap(tx, { what: "option groups", owner: "outlet", ownerId: id, limit: MAX_OPTION_GROUPS_PER_OUTLET, count });
    const { _max } = await tx.optionGroup.aggregate({ where: { restaurantId: id, archivedAt: null }, _max: { position: true } });
    const row = await tx.optionGroup.create({
      data: {
        ...fields,
        restaurantId: id,
        position: (_max.position ?? -1) + 1,
        options: { create: options.map((option, position) => ({ ...option, position, restaurantId: id })) },
      },
      select: editableOptionGroupSelect,
    });
    const group = toEditableGroup(row);
    const menuVersion = await recordMenuChange(tx, {
      restaurantId: id,
      actor,
      action: "option_group.created",
      entityId: group.id,
      changes: { ...fields, options: options.map((o) => o.name) },
    });
    return { group, menuVersion };
  });
}
