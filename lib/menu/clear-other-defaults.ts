import type { Tx } from "@/lib/db/client";

/**
 * In a choose-one group a new default replaces the old one (a radio group has one preselected
 * choice); in a multi-choice group defaults add up, up to what customers may choose.
 */
export async function clearOtherDefaults(tx: Tx, group: { id: string; maxSelect: number }, keepOptionId?: string) {
  if (group.maxSelect !== 1) return;
  await tx.menuOption.updateMany({
    where: { groupId: group.id, isDefault: true, archivedAt: null, ...(keepOptionId && { id: { not: keepOptionId } }) },
    data: { isDefault: false },
  });
}
