// Small factories for integration tests: real rows in the file's own database.
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/generated/prisma/enums";

export async function createChain(name = "Test Chain") {
  return prisma.chain.create({ data: { name, slug: `${name.toLowerCase().replace(/\W+/g, "-")}-${randomUUID().slice(0, 8)}` } });
}

export async function createRestaurant(data: { chainId?: string; name?: string } = {}) {
  return prisma.restaurant.create({
    data: {
      name: data.name ?? "Test Kitchen",
      chainId: data.chainId,
      lat: 52.37,
      lng: 4.89,
      geoKey: "u173z",
      address: "Damrak 1",
      city: "Amsterdam",
      timeZone: "Europe/Amsterdam",
    },
  });
}

/** A user of the given role, returned as the Actor domain functions take. */
export async function createActor(role: Role, extra: { chainId?: string; restaurantIds?: string[] } = {}): Promise<Actor> {
  const user = await prisma.user.create({
    data: {
      email: `${role.toLowerCase()}-${randomUUID()}@example.test`,
      name: `Test ${role}`,
      passwordHash: "not-used",
      role,
      chainId: extra.chainId,
      staffOf: extra.restaurantIds ? { create: extra.restaurantIds.map((restaurantId) => ({ restaurantId })) } : undefined,
    },
  });
  if (role === "DRIVER") await prisma.driver.create({ data: { userId: user.id } });
  return { userId: user.id, role: user.role, chainId: user.chainId, name: user.name, email: user.email };
}
