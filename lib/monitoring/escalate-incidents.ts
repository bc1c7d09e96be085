// The escalation reminder: an incident nobody acknowledged within
// MONITORING_ESCALATE_AFTER_MINUTES sends its "escalated" alerts, once (escalated_at is set
// by a conditional update, so racing workers escalate it once).
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import { announceIncident } from "@/lib/monitoring/announce";
import { enqueueAlerts } from "@/lib/monitoring/enqueue-alerts";

export async function escalateIncidents(now = new Date()): Promise<string[]> {
  const due = await prisma.incident.findMany({
    where: { state: "OPEN", escalatedAt: null, startedAt: { lte: new Date(now.getTime() - env.MONITORING_ESCALATE_AFTER_MINUTES * 60_000) } },
    select: { id: true },
    take: 200,
  });
  const escalated: string[] = [];
  for (const { id } of due) {
    const done = await prisma.$transaction(async (tx) => {
      const { count } = await tx.incident.updateMany({ where: { id, state: "OPEN", escalatedAt: null }, data: { escalatedAt: now } });
      if (count === 0) return false;
      await announceIncident(tx, id);
      await enqueueAlerts(tx, id, "escalated", now);
      return true;
    });
    if (done) escalated.push(id);
  }
  return escalated;
}
