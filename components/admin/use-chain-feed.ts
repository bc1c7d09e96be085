"use client";
// Follows a chain's room on the realtime server: incident and listing changes update the
// dashboard's queries at once; every (re)connect refetches, so nothing missed offline stays missing.
import { useEffect } from "react";
import { useQueryClient } from "@tanstack/react-query";
import type { IncidentSummary } from "@/lib/monitoring/incident-summary";
import type { ListingStateMessage } from "@/lib/monitoring/announce";
import { getRealtimeSocket } from "@/lib/realtime/realtime-socket";
import { useConnected } from "@/lib/realtime/use-order-events";
import { incidentsKey, statusKey, type ChainStatus } from "./monitoring-api";

const ACK_TIMEOUT_MS = 10_000;
/** The chain room also carries order events; starting after the highest seq skips their catch-up. */
const NO_ORDER_CATCH_UP = "9223372036854775807";

function upsertIncident(list: IncidentSummary[] | undefined, incident: IncidentSummary): IncidentSummary[] | undefined {
  if (!list) return list;
  const rest = list.filter((i) => i.id !== incident.id);
  // A resolved incident stays in the list (marked resolved) until the list is next read, so the change is seen.
  return [incident, ...rest].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}

function applyListing(status: ChainStatus | undefined, change: ListingStateMessage): ChainStatus | undefined {
  if (!status) return status;
  return {
    ...status,
    outlets: status.outlets.map((o) =>
      o.id !== change.restaurantId ? o : { ...o, listings: o.listings.map((l) => (l.id === change.listingId ? { ...l, state: change.state, since: change.since } : l)) },
    ),
  };
}

export function useChainFeed(chainId: string, realtimeUrl: string): boolean {
  const queryClient = useQueryClient();
  const connected = useConnected(realtimeUrl);

  useEffect(() => {
    const socket = getRealtimeSocket(realtimeUrl);
    const join = async () => {
      try {
        const ack = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck("chain:subscribe", { chainId, afterSeq: NO_ORDER_CATCH_UP });
        if (!ack.ok) console.error(`Live updates refused for chain ${chainId}: ${ack.error}`);
      } catch {
        // No answer in time: the next reconnect asks again.
      }
      // Whatever happened while not in the room is read again.
      void queryClient.invalidateQueries({ queryKey: incidentsKey(chainId) });
      void queryClient.invalidateQueries({ queryKey: statusKey(chainId) });
    };
    const onIncident = (incident: IncidentSummary) => {
      if (incident.chainId !== chainId) return;
      queryClient.setQueryData<IncidentSummary[]>(incidentsKey(chainId), (list) => upsertIncident(list, incident));
      // The outlet's colour follows its incidents: read the status again.
      void queryClient.invalidateQueries({ queryKey: statusKey(chainId) });
    };
    const onListing = (change: ListingStateMessage) => {
      queryClient.setQueryData<ChainStatus>(statusKey(chainId), (status) => applyListing(status, change));
      void queryClient.invalidateQueries({ queryKey: statusKey(chainId) });
    };

    socket.on("connect", join);
    socket.on("monitoring:incident", onIncident);
    socket.on("monitoring:listing", onListing);
    if (socket.connected) void join();
    return () => {
      socket.off("connect", join);
      socket.off("monitoring:incident", onIncident);
      socket.off("monitoring:listing", onListing);
      socket.emit("chain:unsubscribe", { chainId });
    };
  }, [chainId, realtimeUrl, queryClient]);

  return connected;
}
