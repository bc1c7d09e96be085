// The chain's outlets as tiles coloured by health, with a chip per listing (channel: state).
import Link from "next/link";
import type { OutletHealth, OutletStatus } from "./monitoring-api";
import { ResumeOutletButton } from "./resume-outlet-button";
import { formatOutletTime } from "@/lib/time/format-outlet-time";

export const HEALTH_LABEL: Record<OutletHealth, string> = {
  ok: "As expected",
  warning: "Discrepancy (in grace period)",
  incident: "Incident",
  closed: "Closed (outside hours)",
};

export function OutletGrid({ outlets, chainId }: { outlets: OutletStatus[]; chainId: string }) {
  const chainQuery = `?chain=${chainId}`;
  if (outlets.length === 0) return <p className="muted">This chain has no outlets yet.</p>;
  return (
    <ul className="outlet-grid" aria-label="Outlets">
      {outlets.map((o) => (
        <li key={o.id} className="outlet-tile" data-state={o.health} data-testid="outlet-tile" aria-label={o.name}>
          <h3>
            <Link href={`/admin/outlets/${o.id}${chainQuery}`}>{o.name}</Link>
          </h3>
          <div className="small muted">
            <span data-testid="outlet-health">{HEALTH_LABEL[o.health]}</span>
            {o.openIncidents > 0 && ` · ${o.openIncidents} open`} · declared <span data-testid="outlet-declared">{o.declaredStatus.toLowerCase()}</span>
            {o.statusReason && ` (“${o.statusReason}”)`}
            {o.heartbeatFresh === false && " · kitchen screen offline"}
          </div>
          <ul className="chips" aria-label={`${o.name} listings`}>
            {o.listings.map((l) => (
              <li key={l.id} className={`chip chip-${l.state.toLowerCase()}`} title={l.since ? `since ${formatOutletTime(l.since, o.timeZone, true)}` : "not observed yet"}>
                {l.channelName}: {l.state.toLowerCase()}
              </li>
            ))}
          </ul>
          {o.declaredStatus !== "OPEN" && <ResumeOutletButton restaurantId={o.id} chainId={chainId} outletName={o.name} />}
        </li>
      ))}
    </ul>
  );
}
