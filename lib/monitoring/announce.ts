// Monitoring speaks to other processes through NOTIFY, sent on commit only: the worker
// evaluates an outlet as soon as something about it changed (monitoring_changes), and the
// realtime server relays incidents and listing changes to the chain's room (monitoring_events).
import type { Tx } from "@/lib/db/client";
import type { ListingState } from "@/lib/generated/prisma/enums";
import { loadIncidentSummary, type IncidentSummary } from "@/lib/monitoring/incident-summary";

export const MONITORING_CHANGES_CHANNEL = "monitoring_changes";
export const MONITORING_EVENTS_CHANNEL = "monitoring_events";

/** `monitoring:listing`: a listing's observed state changed. */
export interface ListingStateMessage {
  listingId: string;
  restaurantId: string;
  channelCode: string;
  state: ListingState;
  /** ISO 8601: when the listing entered this state. */
  since: string;
}

export type MonitoringNotice =
  | { chainId: string; event: "monitoring:incident"; data: IncidentSummary }
  | { chainId: string; event: "monitoring:listing"; data: ListingStateMessage };

/** Asks the worker, on commit, to evaluate this outlet's rules now rather than at the next sweep. */
export async function requestEvaluation(tx: Tx, restaurantId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${MONITORING_CHANGES_CHANNEL}, ${restaurantId})`;
}

/** Sends a live event to the chain's room, on commit (server/realtime/monitoring-relay.ts). */
export async function announceToChain(tx: Tx, notice: MonitoringNotice): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${MONITORING_EVENTS_CHANNEL}, ${JSON.stringify(notice)})`;
}

/** Tells the chain's room about an incident as it now stands (opened, acknowledged, resolved, commented). */
export async function announceIncident(tx: Tx, incidentId: string): Promise<void> {
  const summary = await loadIncidentSummary(tx, incidentId);
  if (summary.chainId) await announceToChain(tx, { chainId: summary.chainId, event: "monitoring:incident", data: summary });
}
