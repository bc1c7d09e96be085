// GET /api/v1/restaurants/{id}/menu/option-groups – the outlet's live option groups as staff
// edit them: options with price deltas, stock and allergens, and the items each is attached to.
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertOutletStaff } from "@/lib/menu/assert-outlet-staff";
import { editableOptionGroupSelect, toEditableGroup } from "@/lib/menu/editable-option-group-select";
import { MAX_OPTION_GROUPS_PER_OUTLET } from "@/lib/menu/schemas";

export async function listOptionGroups(actor: Actor, restaurantId: unknown) {
  const id = await assertOutletStaff(actor, restaurantId);
  const groups = await prisma.optionGroup.findMany({
    where: { restaurantId: id, archivedAt: null },
    take: MAX_OPTION_GROUPS_PER_OUTLET,
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: editableOptionGroupSelect,
  });
  return { groups: groups.map(toEditableGroup) };
}
