import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors/app-error";

/** The signed-in driver's own record. */
export async function getDriverProfile(actor: Actor) {
  const driver = await prisma.driver.findUnique({
    where: { userId: actor.userId },
    select: { id: true, vehicle: true, status: true, rating: true, lastSeenAt: true },
  });
  if (!driver) throw notFound("Driver profile");
  return { ...driver, rating: Number(driver.rating), name: actor.name };
}
