// Who may watch and act on a chain: its own chain admins, and platform admins (any chain).
// A chain admin asking about anything of another chain gets 403, existing or not, so ids
// cannot be probed; a platform admin gets 404 for what does not exist.
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { forbidden, notFound } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";

function assertAdmin(actor: Actor): void {
  if (actor.role !== "CHAIN_ADMIN" && actor.role !== "PLATFORM_ADMIN") throw forbidden();
}

/** The chain filter of everything a monitoring admin reads or changes. */
export function chainScope(actor: Actor): { chainId?: string } {
  assertAdmin(actor);
  return actor.role === "CHAIN_ADMIN" ? { chainId: actor.chainId ?? "00000000-0000-0000-0000-000000000000" } : {};
}

export async function assertChainAccess(actor: Actor, chainId: unknown): Promise<string> {
  assertAdmin(actor);
  const id = z.uuid().parse(chainId);
  if (actor.role === "CHAIN_ADMIN") {
    if (actor.chainId !== id) throw forbidden();
    return id;
  }
  if (!(await prisma.chain.count({ where: { id } }))) throw notFound("Chain");
  return id;
}

/** An incident the admin may act on (403 for a chain admin when it is not their chain's). */
export async function findScopedIncident<S extends Prisma.IncidentSelect>(actor: Actor, incidentId: unknown, select: S) {
  const scope = chainScope(actor);
  const id = z.uuid().parse(incidentId);
  const incident = await prisma.incident.findFirst({ where: { id, ...scope }, select });
  if (!incident) throw actor.role === "CHAIN_ADMIN" ? forbidden() : notFound("Incident");
  return incident;
}

/** An outlet of the admin's chain (403 for a chain admin otherwise). */
export async function assertOutletOfChain(actor: Actor, restaurantId: unknown): Promise<{ id: string; chainId: string | null }> {
  const scope = chainScope(actor);
  const id = z.uuid().parse(restaurantId);
  const outlet = await prisma.restaurant.findFirst({ where: { id, ...scope }, select: { id: true, chainId: true } });
  if (!outlet) throw actor.role === "CHAIN_ADMIN" ? forbidden() : notFound("Restaurant");
  return outlet;
}
