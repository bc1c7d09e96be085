import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { forbidden } from "@/lib/errors/app-error";
import { assertStaffOf } from "@/lib/kitchen/assert-staff-of";
import { restaurantIdSchema } from "@/lib/kitchen/schemas";

/** Screens beat every ~20 s; one write per outlet per this interval is enough to tell "online". */
export const KITCHEN_HEARTBEAT_WRITE_MS = 10_000;

/**
 * An open kitchen screen says the outlet is staffed and online (Restaurant.lastHeartbeatAt,
 * read by availability monitoring). Only the outlet's own staff count: an admin looking at
 * a kitchen screen is not the kitchen. The write is conditional, so however many screens
 * and realtime instances beat, an outlet's row is written at most once per interval.
 */
export async function recordKitchenHeartbeat(actor: Actor, restaurantId: string, now = new Date()) {
  const id = restaurantIdSchema.parse(restaurantId);
  if (actor.role !== "RESTAURANT_STAFF") throw forbidden();
  await assertStaffOf(actor, id);
  const { count } = await prisma.restaurant.updateMany({
    where: {
      id,
      OR: [{ lastHeartbeatAt: null }, { lastHeartbeatAt: { lte: new Date(now.getTime() - KITCHEN_HEARTBEAT_WRITE_MS) } }],
    },
    data: { lastHeartbeatAt: now },
  });
  return { recorded: count > 0 };
}
