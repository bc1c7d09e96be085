import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { forbidden } from "@/lib/errors/app-error";

/** The chains an admin may monitor: their own (chain admin) or all of them (platform admin). */
export async function listChains(actor: Actor) {
  if (actor.role !== "CHAIN_ADMIN" && actor.role !== "PLATFORM_ADMIN") throw forbidden();
  return prisma.chain.findMany({
    where: actor.role === "CHAIN_ADMIN" ? { id: actor.chainId ?? "00000000-0000-0000-0000-000000000000" } : {},
    orderBy: { name: "asc" },
    select: { id: true, name: true, _count: { select: { restaurants: true } } },
  });
}
