// DELETE /api/v1/restaurants/{id}/menu/option-groups/{groupId}/options/{optionId} – takes the
// option off every item of its group. Archived, not deleted: the change log can still name it.
import type { Actor } from "@/lib/auth/actor";
import { changeMenu } from "@/lib/catalog/change-menu";
import { assertOutletStaff } from "@/lib/menu/assert-outlet-staff";
import { findGroupOption } from "@/lib/menu/find-group-option";
import { findOutletOptionGroup } from "@/lib/menu/find-outlet-option-group";
import { recordMenuChange } from "@/lib/menu/record-menu-change";

export async function archiveOption(actor: Actor, restaurantId: unknown, groupId: unknown, optionId: unknown) {
  const id = await assertOutletStaff(actor, restaurantId);
  return changeMenu(id, async (tx) => {
    const group = await findOutletOptionGroup(tx, id, groupId);
    const option = await findGroupOption(tx, group.id, optionId);
    await tx.menuOption.update({ where: { id: option.id }, data: { archivedAt: new Date() } });
    const menuVersion = await recordMenuChange(tx, {
      restaurantId: id,
      actor,
      action: "option.archived",
      entityId: option.id,
      changes: { name: option.name, group: group.name },
    });
    return { optionId: option.id, menuVersion };
  });
}
