"use client";
// The live overview of one chain: map and grid of outlets coloured by state, and the open
// incidents, kept current by the chain's realtime room (see use-chain-feed.ts).
import dynamic from "next/dynamic";
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { IncidentSummary } from "@/lib/monitoring/incident-summary";
import { IncidentCard } from "./incident-card";
import { OutletGrid } from "./outlet-grid";
import { fetchOpenIncidents, fetchStatus, incidentsKey, statusKey, type ChainStatus } from "./monitoring-api";
import { useChainFeed } from "./use-chain-feed";
import { mergeChainStatus } from "./merge-chain-status";
import { useErrorText } from "./error-text";

function MapLoading() {
  const t = useTranslations("admin.live");
  return <div className="map map-loading">{t("loadingMap")}</div>;
}

const OutletMap = dynamic(() => import("./outlet-map"), { ssr: false, loading: MapLoading });

export function ChainMonitor({ initialStatus, initialIncidents, realtimeUrl }: { initialStatus: ChainStatus; initialIncidents: IncidentSummary[]; realtimeUrl: string }) {
  const t = useTranslations("admin.live");
  const errorText = useErrorText();
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
          <h2 id="outlets-title">{t("outlets")}</h2>
          <span className="small muted">{t("counts", counts)}</span>
          <span className="live-indicator" data-live={live} data-testid="live-indicator">
            {live ? t("live") : t("connecting")}
          </span>
        </div>
        <OutletMap outlets={outlets} chainQuery={chainQuery} />
        {status.error && (
          <p className="form-error" role="alert">
            {t("refreshOutletsFailed", { message: errorText(status.error) })}
          </p>
        )}
        <OutletGrid outlets={outlets} chainId={chainId} />
      </section>
      <section aria-labelledby="incidents-title">
        <h2 id="incidents-title">{t("openIncidents")}</h2>
        {incidents.error && (
          <p className="form-error" role="alert">
            {t("refreshIncidentsFailed", { message: errorText(incidents.error) })}{" "}
            <button type="button" className="button button-small button-quiet" onClick={() => void incidents.refetch()}>
              {t("tryAgain")}
            </button>
          </p>
        )}
        {incidents.data.length === 0 ? (
          <p className="muted" data-testid="no-incidents">
            {t("noIncidents")}
          </p>
        ) : (
          <ul className="list" aria-label={t("openIncidents")}>
            {incidents.data.map((i) => (
              <IncidentCard key={i.id} incident={i} timeZone={outlets.find((o) => o.id === i.restaurantId)?.timeZone ?? "UTC"} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
