// DELETE /api/v1/restaurants/{id}/menu/option-groups/{groupId} – takes the group off every
// item. Archived, not deleted: past orders keep their snapshot of the chosen options anyway,
// and the change log can still name it. Its attachments go, so no reader (menu, ordering)
// ever meets a required group that no longer exists.
import type { Actor } from "@/lib/auth/actor";
import { changeMenu } from "@/lib/catalog/change-menu";
import { assertOutletStaff } from "@/lib/menu/assert-outlet-staff";
import { findOutletOptionGroup } from "@/lib/menu/find-outlet-option-group";
import { recordMenuChange } from "@/lib/menu/record-menu-change";

export async function archiveOptionGroup(actor: Actor, restaurantId: unknown, groupId: unknown) {
  const id = await assertOutletStaff(actor, restaurantId);
  return changeMenu(id, async (tx) => {
    const group = await findOutletOptionGroup(tx, id, groupId);
    const now = new Date();
    await tx.optionGroup.update({ where: { id: group.id }, data: { archivedAt: now } });
    await tx.menuOption.updateMany({ where: { groupId: group.id, archivedAt: null }, data: { archivedAt: now } });
    const detached = await tx.itemOptionGroup.deleteMany({ where: { groupId: group.id } });
    const menuVersion = await recordMenuChange(tx, {
      restaurantId: id,
      actor,
      action: "option_group.archived",
      entityId: group.id,
      changes: { name: group.name, itemsDetached: detached.count },
    });
    return { groupId: group.id, menuVersion };
  });
}
