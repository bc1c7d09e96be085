// Admins leave notes on an incident (who called the outlet, what they said).
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import { enforceCap } from "@/lib/limits/enforce-cap";
import type { Actor } from "@/lib/auth/actor";
import { announceIncident } from "@/lib/monitoring/announce";
import { findScopedIncident } from "@/lib/monitoring/assert-chain-access";
import { incidentCommentSchema } from "@/lib/monitoring/schemas";

export async function commentOnIncident(actor: Actor, incidentId: unknown, input: unknown) {
  const { id } = await findScopedIncident(actor, incidentId, { id: true });
  const { body } = incidentCommentSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const count = () => tx.incidentComment.count({ where: { incidentId: id } });
    await enforceCap(tx, { what: "comments", owner: "incident", ownerId: id, limit: env.MAX_COMMENTS_PER_INCIDENT, count });
    const comment = await tx.incidentComment.create({
      data: { incidentId: id, authorId: actor.userId, body },
      select: { id: true, incidentId: true, body: true, createdAt: true, author: { select: { id: true, name: true } } },
    });
    await announceIncident(tx, id);
    return comment;
  });
}
