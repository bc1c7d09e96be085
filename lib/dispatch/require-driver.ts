import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { forbidden, notFound } from "@/lib/errors/app-error";

/** The signed-in driver's row: 403 for any other role, 404 when the profile is missing. */
export async function requireDriver(actor: Actor) {
  if (actor.role !== "DRIVER") throw forbidden();
  const driver = await prisma.driver.findUnique({ where: { userId: actor.userId }, select: { id: true, status: true, version: true, vehicle: true } });
  if (!driver) throw notFound("Driver profile");
  return driver;
}

/** The driver id of a DRIVER user (null when the profile is missing): their socket room. */
export async function driverIdOfUser(userId: string): Promise<string | null> {
  return (await prisma.driver.findUnique({ where: { userId }, select: { id: true } }))?.id ?? null;
}
