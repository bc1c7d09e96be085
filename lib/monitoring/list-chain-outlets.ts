import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { forbidden, notFound } from "@/lib/errors/app-error";

/** A chain's outlets with their listings. A chain admin may only look at their own chain. */
export async function listChainOutlets(actor: Actor, chainId: string) {
  if (actor.role === "CHAIN_ADMIN" && actor.chainId !== chainId) throw forbidden();
  const chain = await prisma.chain.findUnique({
    where: { id: chainId },
    select: {
      id: true,
      name: true,
      restaurants: {
        orderBy: { name: "asc" },
        select: {
          id: true,
          name: true,
          address: true,
          lat: true,
          lng: true,
          declaredStatus: true,
          lastHeartbeatAt: true,
          listings: { select: { id: true, observedState: true, observedAt: true, channel: { select: { code: true, name: true } } } },
        },
      },
    },
  });
  if (!chain) throw notFound("Chain");
  return chain;
}
