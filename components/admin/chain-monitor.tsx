"use client";
// The live overview of one chain: map and grid of outlets coloured by state, and the open
// incidents, kept current by the chain's realtime room (see use-chain-feed.ts).
import dynamic from "next/dynamic";
import { useQuery } from "@tanstack/react-query";
import type { IncidentSummary } from "@/lib/monitoring/incident-summary";
import { IncidentCard } from "./incident-card";
import { OutletGrid } from "./outlet-grid";
import { fetchOpenIncidents, fetchStatus, incidentsKey, statusKey, type ChainStatus } from "./monitoring-api";
import { useChainFeed } from "./use-chain-feed";
import { mergeChainStatus } from "./merge-chain-status";

const OutletMap = dynamic(() => import("./outlet-map"), { ssr: false, loading: () => <div className="map map-loading">Loading map…</div> });

export function ChainMonitor({ initialStatus, initialIncidents, realtimeUrl }: { initialStatus: ChainStatus; initialIncidents: IncidentSummary[]; realtimeUrl: string }) {
  const chainId = initialStatus.chain.id;
  const live = useChainFeed(chainId, realtimeUrl, initialStatus.cursor);
  const status = useQuery({
    queryKey: statusKey(chainId),
    queryFn: () => fetchStatus(chainId),
    initialData: initialStatus,
    // A snapshot read just before a live event must not undo it.
    structuralSharing: (previous, next) => mergeChainStatus(previous as ChainStatus | undefined, next as ChainStatus),
  });
  const incidents = useQuery({ queryKey: incidentsKey(chainId), queryFn: () => fetchOpenIncidents(chainId), initialData: initialIncidents });
  const { counts, outlets } = status.data;
  const chainQuery = `?chain=${chainId}`;

  return (
    <div className="admin-grid">
      <section aria-labelledby="outlets-title">
        <div className="restaurant-card-title">
          <h2 id="outlets-title">Outlets</h2>
          <span className="small muted">
            {counts.ok} as expected · {counts.warning} in grace · {counts.incident} with incidents · {counts.closed} closed
          </span>
          <span className="live-indicator" data-live={live} data-testid="live-indicator">
            {live ? "Live" : "Connecting…"}
          </span>
        </div>
        <OutletMap outlets={outlets} chainQuery={chainQuery} />
        {status.error && (
          <p className="form-error" role="alert">
            Could not refresh the outlets: {status.error.message}
          </p>
        )}
        <OutletGrid outlets={outlets} chainId={chainId} />
      </section>
      <section aria-labelledby="incidents-title">
        <h2 id="incidents-title">Open incidents</h2>
        {incidents.error && (
          <p className="form-error" role="alert">
            Could not refresh incidents: {incidents.error.message}{" "}
            <button type="button" className="button button-small button-quiet" onClick={() => void incidents.refetch()}>
              Try again
            </button>
          </p>
        )}
        {incidents.data.length === 0 ? (
          <p className="muted" data-testid="no-incidents">
            No open incidents. Every listing matches what it should be.
          </p>
        ) : (
          <ul className="list" aria-label="Open incidents">
            {incidents.data.map((i) => (
              <IncidentCard key={i.id} incident={i} timeZone={outlets.find((o) => o.id === i.restaurantId)?.timeZone ?? "UTC"} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
