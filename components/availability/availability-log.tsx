"use client";
// The latest availability changes: who, when, what, why (on the outlet's clock).
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import type { AvailabilityT, BoardJson } from "./board-key";
import { formatOutletTime } from "@/lib/time/format-outlet-time";

type Report = BoardJson["reports"][number];

function what(t: AvailabilityT, report: Report, timeZone: string, locale: Locale): string {
  const payload = (report.payload ?? {}) as { itemName?: string; to?: unknown; extraMinutes?: number };
  const name = payload.itemName;
  switch (report.kind) {
    case "OUTLET_OPENED":
      return t("log.opened");
    case "OUTLET_BUSY":
      return t("log.busy", { minutes: payload.extraMinutes ?? "?" });
    case "OUTLET_PAUSED":
      return report.until ? t("log.pausedUntil", { time: formatOutletTime(report.until, timeZone, true, locale) }) : t("log.paused");
    case "OUTLET_CLOSED":
      return t("log.closed");
    case "ITEM_IN_STOCK":
      return name ? t("log.inStock", { name }) : t("log.someItemInStock");
    case "ITEM_OUT_OF_STOCK":
      return name ? t("log.outOfStock", { name }) : t("log.someItemOut");
    case "INVENTORY_SET": {
      const count = payload.to === null ? t("log.notCounted") : String(payload.to);
      return name ? t("log.countSet", { name, count }) : t("log.someItemCountSet", { count });
    }
  }
}

export function AvailabilityLog({ reports, timeZone }: { reports: Report[]; timeZone: string }) {
  const t = useTranslations("availability");
  const locale = useLocale();
  return (
    <section className="card" aria-labelledby="avail-log-title">
      <h2 id="avail-log-title">{t("log.title")}</h2>
      {reports.length === 0 ? (
        <p className="muted">{t("log.empty")}</p>
      ) : (
        <ol className="avail-log" data-testid="availability-log">
          {reports.map((r) => (
            <li key={r.id}>
              <time dateTime={r.createdAt}>{formatOutletTime(r.createdAt, timeZone, true, locale)}</time>
              <span>
                <strong>{what(t, r, timeZone, locale)}</strong> · {r.actorName ?? t("log.someoneGone")}
                {r.reason && <span className="muted"> — {r.reason}</span>}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
