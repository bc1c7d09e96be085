// The dashboard's calls to the monitoring HTTP API (the same one partners and scripts use).
import { requestJson } from "@/lib/api/request-json";
import type { getChainOutletStatus } from "@/lib/monitoring/get-chain-outlet-status";
import type { IncidentSummary } from "@/lib/monitoring/incident-summary";

export type ChainStatus = Awaited<ReturnType<typeof getChainOutletStatus>>;
export type OutletStatus = ChainStatus["outlets"][number];
export type { OutletHealth } from "@/lib/monitoring/get-chain-outlet-status";

export const statusKey = (chainId: string) => ["chain-status", chainId] as const;
export const incidentsKey = (chainId: string) => ["chain-incidents", chainId] as const;

export const fetchStatus = (chainId: string) => requestJson<ChainStatus>(`/api/v1/chains/${chainId}/outlets/status`);

export async function fetchOpenIncidents(chainId: string): Promise<IncidentSummary[]> {
  return (await requestJson<{ incidents: IncidentSummary[] }>(`/api/v1/chains/${chainId}/incidents?state=open`)).incidents;
}

export const acknowledgeIncident = (id: string) => requestJson(`/api/v1/incidents/${id}/ack`, { method: "POST", body: {} });
export const resolveIncident = (id: string) => requestJson(`/api/v1/incidents/${id}/resolve`, { method: "POST", body: {} });
export const commentOnIncident = (id: string, body: string) => requestJson(`/api/v1/incidents/${id}/comments`, { method: "POST", body: { body } });
export const resumeOutlet = (restaurantId: string) => requestJson(`/api/v1/restaurants/${restaurantId}/resume`, { method: "POST", body: {} });
