// Monitoring speaks to other processes on commit only: the worker evaluates an outlet as soon
// as something about it changed (NOTIFY monitoring_changes), and the chain's dashboards hear
// of incidents through the live event log (lib/events).
import type { Tx } from "@/lib/db/client";
import { publishLiveEvent } from "@/lib/events/publish-live-event";
import { loadIncidentSummary } from "@/lib/monitoring/incident-summary";

export const MONITORING_CHANGES_CHANNEL = "monitoring_changes";

/** Asks the worker, on commit, to evaluate this outlet's rules now rather than at the next sweep. */
export async function requestEvaluation(tx: Tx, restaurantId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${MONITORING_CHANGES_CHANNEL}, ${restaurantId})`;
}

/** Tells the chain's dashboards about an incident as it now stands (opened, acknowledged, resolved, commented). */
export async function announceIncident(tx: Tx, incidentId: string): Promise<void> {
  const summary = await loadIncidentSummary(tx, incidentId);
  if (summary.chainId) await publishLiveEvent(tx, { chainId: summary.chainId, restaurantId: summary.restaurantId }, { type: "monitoring.incident", data: summary });
}
