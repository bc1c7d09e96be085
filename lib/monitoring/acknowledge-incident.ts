// An admin takes an incident on: OPEN → ACKNOWLEDGED (stops the escalation reminder).
// Acknowledging again is a no-op; a resolved incident cannot be acknowledged (409).
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { announceIncident } from "@/lib/monitoring/announce";
import { findScopedIncident } from "@/lib/monitoring/assert-chain-access";
import { loadIncidentSummary, type IncidentSummary } from "@/lib/monitoring/incident-summary";

export async function acknowledgeIncident(actor: Actor, incidentId: unknown, now = new Date()): Promise<IncidentSummary> {
  const { id } = await findScopedIncident(actor, incidentId, { id: true });
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.incident.updateMany({
      where: { id, state: "OPEN" },
      data: { state: "ACKNOWLEDGED", acknowledgedAt: now, acknowledgedById: actor.userId, version: { increment: 1 } },
    });
    const summary = await loadIncidentSummary(tx, id);
    if (count === 0 && summary.state === "RESOLVED") throw new AppError(409, "This incident is already resolved", "incident_resolved");
    if (count === 1) await announceIncident(tx, id);
    return summary;
  });
}
