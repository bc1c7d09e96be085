import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { forbidden, notFound } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/auth/actor";
import { assertStaffOf } from "@/lib/kitchen/assert-staff-of";

/**
 * A live menu item the actor may change: staff of its outlet, or a platform admin. Staff
 * get the same 403 for an unknown id as for another outlet's item, so ids cannot be probed.
 */
export async function findStaffItem(actor: Actor, itemId: unknown) {
  const id = z.uuid().parse(itemId);
  const item = await prisma.foodItem.findUnique({
    where: { id },
    select: { id: true, restaurantId: true, name: true, inStock: true, archivedAt: true },
  });
  if (!item) throw actor.role === "PLATFORM_ADMIN" ? notFound("Item") : forbidden();
  await assertStaffOf(actor, item.restaurantId);
  if (item.archivedAt) throw notFound("Item");
  return item;
}
