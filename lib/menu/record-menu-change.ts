import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { bumpMenuVersion } from "@/lib/catalog/bump-menu-version";

/**
 * Inside the edit's transaction: moves the menu version on (announcing it) and writes who
 * changed what to the menu log. Returns the new menu version.
 */
export async function recordMenuChange(
  tx: Tx,
  change: { restaurantId: string; actor: Actor; action: string; entityId?: string; changes: Prisma.InputJsonValue },
): Promise<number> {
  const menuVersion = await bumpMenuVersion(tx, change.restaurantId);
  await tx.menuChange.create({
    data: {
      restaurantId: change.restaurantId,
      actorId: change.actor.userId,
      action: change.action,
      entityId: change.entityId ?? null,
      changes: change.changes,
      menuVersion,
    },
  });
  return menuVersion;
}

/** The fields whose value differs, as { field: [before, after] } (plain row and input values). */
export function diffFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): Prisma.InputJsonObject {
  const changed: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(after)) {
    if (value !== undefined && JSON.stringify(before[field]) !== JSON.stringify(value)) changed[field] = [before[field], value];
  }
  return changed as Prisma.InputJsonObject;
}
