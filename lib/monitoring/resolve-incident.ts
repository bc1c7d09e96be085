// An admin closes an incident by hand (with an optional note, kept as a comment). Its
// signal is dropped too, so if the discrepancy goes on, a new incident opens only after a
// fresh grace period rather than at the next evaluation.
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { announceIncident } from "@/lib/monitoring/announce";
import { findScopedIncident } from "@/lib/monitoring/assert-chain-access";
import { enqueueAlerts } from "@/lib/monitoring/enqueue-alerts";
import { loadIncidentSummary, type IncidentSummary } from "@/lib/monitoring/incident-summary";
import { resolveIncidentSchema } from "@/lib/monitoring/schemas";

export async function resolveIncident(actor: Actor, incidentId: unknown, input: unknown, now = new Date()): Promise<IncidentSummary> {
  const { id, dedupeKey } = await findScopedIncident(actor, incidentId, { id: true, dedupeKey: true });
  const { note } = resolveIncidentSchema.parse(input ?? {});
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.incident.updateMany({
      where: { id, state: { not: "RESOLVED" } },
      data: { state: "RESOLVED", resolvedAt: now, resolvedById: actor.userId, resolution: "manual", version: { increment: 1 } },
    });
    if (count === 0) throw new AppError(409, "This incident is already resolved", "incident_resolved");
    await tx.discrepancySignal.deleteMany({ where: { dedupeKey } });
    if (note) await tx.incidentComment.create({ data: { incidentId: id, authorId: actor.userId, body: note } });
    await announceIncident(tx, id);
    await enqueueAlerts(tx, id, "resolved", now);
    return loadIncidentSummary(tx, id);
  });
}
