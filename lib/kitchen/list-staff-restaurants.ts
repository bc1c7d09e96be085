import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";

/** The outlets this staff member works for (a platform admin sees all). */
export async function listStaffRestaurants(actor: Actor) {
  return prisma.restaurant.findMany({
    where: actor.role === "PLATFORM_ADMIN" ? {} : { staff: { some: { userId: actor.userId } } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      address: true,
      timeZone: true,
      declaredStatus: true,
      statusReason: true,
      menuVersion: true,
      chain: { select: { id: true, name: true } },
    },
  });
}
