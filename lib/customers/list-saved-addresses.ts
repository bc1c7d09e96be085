import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";

/** A customer's saved delivery addresses, default first; none for anyone else. */
export async function listSavedAddresses(actor: Actor | null) {
  if (actor?.role !== "CUSTOMER") return [];
  return prisma.address.findMany({
    where: { userId: actor.userId },
    orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }],
    select: { id: true, label: true, line1: true, city: true, lat: true, lng: true, notes: true },
  });
}
