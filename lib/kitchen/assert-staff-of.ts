import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { forbidden, notFound } from "@/lib/errors/app-error";

/**
 * The scope check of every restaurant-side action: staff act only for outlets they are
 * assigned to (403 for any other, existing or not, so ids cannot be probed); a platform
 * admin acts for any outlet that exists.
 */
export async function assertStaffOf(actor: Actor, restaurantId: string): Promise<void> {
  if (actor.role === "PLATFORM_ADMIN") {
    const exists = await prisma.restaurant.count({ where: { id: restaurantId } });
    if (!exists) throw notFound("Restaurant");
    return;
  }
  if (actor.role !== "RESTAURANT_STAFF") throw forbidden();
  const assigned = await prisma.staffAssignment.count({ where: { userId: actor.userId, restaurantId } });
  if (!assigned) throw forbidden();
}
