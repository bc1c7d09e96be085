import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { forbidden, notFound } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/auth/actor";
import { assertStaffOf } from "@/lib/kitchen/assert-staff-of";

/**
 * A live option the actor may switch or count: staff of its outlet, or a platform admin. Staff
 * get the same 403 for an unknown id as for another outlet's option, so ids cannot be probed.
 */
export async function findStaffOption(actor: Actor, optionId: unknown) {
  const id = z.uuid().parse(optionId);
  const option = await prisma.menuOption.findUnique({
    where: { id },
    select: { id: true, restaurantId: true, name: true, archivedAt: true, group: { select: { name: true } } },
  });
  if (!option) throw actor.role === "PLATFORM_ADMIN" ? notFound("Option") : forbidden();
  await assertStaffOf(actor, option.restaurantId);
  if (option.archivedAt) throw notFound("Option");
  // How the availability log names it: "Extras: Extra mozzarella".
  return { id: option.id, restaurantId: option.restaurantId, label: `${option.group.name}: ${option.name}` };
}
