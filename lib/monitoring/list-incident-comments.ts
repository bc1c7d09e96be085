// The comments of an incident, oldest first (at most MAX_COMMENTS_PER_INCIDENT: creation is capped there).
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/auth/actor";
import { findScopedIncident } from "@/lib/monitoring/assert-chain-access";

export async function listIncidentComments(actor: Actor, incidentId: unknown) {
  const { id } = await findScopedIncident(actor, incidentId, { id: true });
  return prisma.incidentComment.findMany({
    where: { incidentId: id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: env.MAX_COMMENTS_PER_INCIDENT,
    select: { id: true, incidentId: true, body: true, createdAt: true, author: { select: { id: true, name: true } } },
  });
}
