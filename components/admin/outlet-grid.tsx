// The chain's outlets as tiles coloured by health, with a chip per listing (channel: state).
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { OutletStatus } from "./monitoring-api";
import { ResumeOutletButton } from "./resume-outlet-button";
import { formatOutletTime } from "@/lib/time/format-outlet-time";

export function OutletGrid({ outlets, chainId }: { outlets: OutletStatus[]; chainId: string }) {
  const t = useTranslations("admin");
  const locale = useLocale();
  const chainQuery = `?chain=${chainId}`;
  if (outlets.length === 0) return <p className="muted">{t("outlet.noOutlets")}</p>;
  return (
    <ul className="outlet-grid" aria-label={t("live.outlets")}>
      {outlets.map((o) => (
        <li key={o.id} className="outlet-tile" data-state={o.health} data-testid="outlet-tile" aria-label={o.name}>
          <h3>
            <Link href={`/admin/outlets/${o.id}${chainQuery}`}>{o.name}</Link>
          </h3>
          <div className="small muted">
            <span data-testid="outlet-health">{t(`outlet.health.${o.health}`)}</span>
            {o.openIncidents > 0 && ` · ${t("outlet.openIncidents", { count: o.openIncidents })}`} · {t("outlet.declared")}{" "}
            <span data-testid="outlet-declared">{t(`declared.${o.declaredStatus}`)}</span>
            {/* The reason as staff wrote it, not translated. */}
            {o.statusReason && <span translate="no">{` (“${o.statusReason}”)`}</span>}
            {o.heartbeatFresh === false && ` · ${t("outlet.kitchenOffline")}`}
          </div>
          <ul className="chips" aria-label={t("outlet.listings", { name: o.name })}>
            {o.listings.map((l) => (
              <li
                key={l.id}
                className={`chip chip-${l.state.toLowerCase()}`}
                title={l.since ? t("outlet.since", { time: formatOutletTime(l.since, o.timeZone, true, locale) }) : t("outlet.notObserved")}
              >
                {l.channelName}: {t(`listingState.${l.state}`)}
              </li>
            ))}
          </ul>
          {o.declaredStatus !== "OPEN" && <ResumeOutletButton restaurantId={o.id} chainId={chainId} outletName={o.name} />}
        </li>
      ))}
    </ul>
  );
}
