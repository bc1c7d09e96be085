// The latest availability changes: who, when, what, why.
import type { BoardJson } from "./board-key";
import { formatOutletTime } from "@/lib/time/format-outlet-time";

type Report = BoardJson["reports"][number];

function what(report: Report, timeZone: string): string {
  const payload = (report.payload ?? {}) as { itemName?: string; to?: unknown; extraMinutes?: number };
  switch (report.kind) {
    case "OUTLET_OPENED":
      return "Opened the outlet";
    case "OUTLET_BUSY":
      return `Set busy (+${payload.extraMinutes ?? "?"} min)`;
    case "OUTLET_PAUSED":
      return report.until ? `Paused until ${formatOutletTime(report.until, timeZone, true)}` : "Paused the outlet";
    case "OUTLET_CLOSED":
      return "Closed the outlet";
    case "ITEM_IN_STOCK":
      return `${payload.itemName ?? "An item"} back in stock`;
    case "ITEM_OUT_OF_STOCK":
      return `86'd ${payload.itemName ?? "an item"}`;
    case "INVENTORY_SET":
      return `${payload.itemName ?? "An item"}: count set to ${payload.to === null ? "not counted" : String(payload.to)}`;
  }
}

export function AvailabilityLog({ reports, timeZone }: { reports: Report[]; timeZone: string }) {
  return (
    <section className="card" aria-labelledby="avail-log-title">
      <h2 id="avail-log-title">Recent changes</h2>
      {reports.length === 0 ? (
        <p className="muted">No changes yet.</p>
      ) : (
        <ol className="avail-log" data-testid="availability-log">
          {reports.map((r) => (
            <li key={r.id}>
              <time dateTime={r.createdAt}>{formatOutletTime(r.createdAt, timeZone, true)}</time>
              <span>
                <strong>{what(r, timeZone)}</strong> · {r.actorName ?? "someone no longer here"}
                {r.reason && <span className="muted"> — {r.reason}</span>}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
