import { z } from "zod";
import type { Tx } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";

/**
 * A live option group of the outlet (404 for another outlet's or an archived one), locked for
 * the edit: two edits of one group (or an edit and an archive) take turns.
 */
export async function findOutletOptionGroup(tx: Tx, restaurantId: string, groupId: unknown) {
  const id = z.uuid().parse(groupId);
  const [group] = await tx.$queryRaw<{ id: string; name: string; minSelect: number; maxSelect: number }[]>`
    SELECT id, name, min_select AS "minSelect", max_select AS "maxSelect" FROM option_groups
    WHERE id = ${id}::uuid AND restaurant_id = ${restaurantId}::uuid AND archived_at IS NULL
    FOR NO KEY UPDATE`;
  if (!group) throw notFound("Option group");
  return group;
}
