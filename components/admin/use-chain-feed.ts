"use client";
// Follows a chain's monitoring room on the realtime server. It subscribes with the cursor its
// snapshot was read at and catches up on everything since (on the first join and after every
// reconnect), so nothing committed between the page's render and the socket's join, or while
// offline, is missed. Events of one incident, listing or outlet apply in seq order (a repeat or
// an older one is dropped); each one also refreshes the server-computed colours and counts.
import { useEffect } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { liveEventSubject, type LiveEventMessage } from "@/lib/events/live-event-types";
import type { IncidentSummary } from "@/lib/monitoring/incident-summary";
import { getRealtimeSocket } from "@/lib/realtime/realtime-socket";
import { useConnected } from "@/lib/realtime/use-order-events";
import { applyListingChange, applyOutletStatusChange } from "./merge-chain-status";
import { incidentsKey, statusKey, type ChainStatus } from "./monitoring-api";

const ACK_TIMEOUT_MS = 10_000;
const RETRY_MS = 3_000;
/** The server keeps live events a day (lib/events/delete-old-live-events.ts): reload the snapshot well before. */
const RESYNC_AFTER_MS = 6 * 3_600_000;

function upsertIncident(list: IncidentSummary[] | undefined, incident: IncidentSummary): IncidentSummary[] | undefined {
  if (!list) return list;
  const rest = list.filter((i) => i.id !== incident.id);
  // A resolved incident stays in the list (marked resolved) until the list is next read, so the change is seen.
  return [incident, ...rest].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}

export function useChainFeed(chainId: string, realtimeUrl: string, initialCursor: string): boolean {
  const queryClient = useQueryClient();
  const connected = useConnected(realtimeUrl);

  useEffect(() => {
    const socket = getRealtimeSocket(realtimeUrl);
    let cursor = initialCursor;
    let cursorAt = Date.now();
    let retry: ReturnType<typeof setTimeout> | undefined;
    /** subject → highest seq applied. */
    const applied = new Map<string, bigint>();

    const apply = (event: LiveEventMessage): boolean => {
      const subject = liveEventSubject(event);
      const seq = BigInt(event.seq);
      if ((applied.get(subject) ?? -1n) >= seq) return false;
      applied.set(subject, seq);
      switch (event.type) {
        case "monitoring.incident":
          queryClient.setQueryData<IncidentSummary[]>(incidentsKey(chainId), (list) => upsertIncident(list, event.data));
          break;
        case "monitoring.listing":
          queryClient.setQueryData<ChainStatus>(statusKey(chainId), (status) => applyListingChange(status, event.data));
          break;
        case "outlet.status":
          queryClient.setQueryData<ChainStatus>(statusKey(chainId), (status) => applyOutletStatusChange(status, event.data));
          break;
      }
      return true;
    };
    const refreshStatus = () => void queryClient.invalidateQueries({ queryKey: statusKey(chainId) });

    const join = async () => {
      clearTimeout(retry);
      const stale = Date.now() - cursorAt > RESYNC_AFTER_MS;
      try {
        const ack = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck("monitoring:subscribe", { chainId, cursor });
        if (!ack.ok) {
          console.error(`Live updates refused for chain ${chainId}: ${ack.error}`);
          return;
        }
        if (ack.resync || stale) {
          void queryClient.invalidateQueries({ queryKey: incidentsKey(chainId) });
          refreshStatus();
        } else if (ack.events.map(apply).some(Boolean)) {
          refreshStatus();
        }
        cursor = ack.cursor;
        cursorAt = Date.now();
      } catch {
        // No answer in time: ask again (a reconnect also asks again, from the same cursor).
        if (socket.connected) retry = setTimeout(() => void join(), RETRY_MS);
      }
    };
    const onEvent = (event: LiveEventMessage) => {
      if (apply(event)) refreshStatus();
    };

    socket.on("connect", join);
    socket.on("monitoring:event", onEvent);
    if (socket.connected) void join();
    return () => {
      clearTimeout(retry);
      socket.off("connect", join);
      socket.off("monitoring:event", onEvent);
      socket.emit("monitoring:unsubscribe", { chainId });
    };
  }, [chainId, realtimeUrl, initialCursor, queryClient]);

  return connected;
}
