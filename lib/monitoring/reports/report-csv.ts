// CSV exports of a chain report (RFC 4180: CRLF lines, quoted fields where needed).
import type { ChainReport, PeriodFigures } from "@/lib/monitoring/reports/build-chain-report";

/**
 * One field: quoted when it holds a comma, quote or line break (quotes doubled); text starting
 * with = + - @ (or tab/CR) is prefixed with ' so spreadsheets never run it as a formula.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

const figures = (f: PeriodFigures) => [f.expectedMinutes, f.onlineMinutes, f.uptimePercent];

/** Uptime per period for every outlet, listing and channel. */
export function uptimeCsv(report: ChainReport): string {
  const rows: (string | number | null)[][] = [];
  report.periods.forEach((p, i) => {
    for (const o of report.outlets) rows.push([p.label, "outlet", o.name, "", ...figures(o.periods[i]!)]);
    for (const l of report.listings) rows.push([p.label, "listing", l.outletName, l.channelCode, ...figures(l.periods[i]!)]);
    for (const c of report.channels) rows.push([p.label, "channel", "", c.channelCode, ...figures(c.periods[i]!)]);
  });
  return toCsv([`${report.granularity}_starting`, "scope", "outlet", "channel", "expected_minutes", "online_minutes", "uptime_percent"], rows);
}

/** One line per outlet over the whole report: uptime, downtime and estimated lost sales. */
export function outletsCsv(report: ChainReport): string {
  return toCsv(
    ["outlet", "expected_minutes", "online_minutes", "uptime_percent", "down_minutes", "orders_per_open_hour", "average_basket_cents", "lost_sales_cents"],
    report.outlets.map((o) => [o.name, ...figures(o.total), o.downMinutes, o.ordersPerOpenHour, o.averageBasketCents, o.lostSalesCents]),
  );
}
