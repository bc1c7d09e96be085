// A chain's availability report from its loaded rows (pure: no queries, no clock): uptime per
// outlet, listing and channel by period, best and worst outlets, MTTA/MTTR and lost sales.
import { openStretchesBetween, type OpeningHours } from "@/lib/catalog/opening-hours";
import { bucketsBetween, type Bucket, type Granularity } from "@/lib/monitoring/reports/report-buckets";
import { listingTallies, sumSeries, totalOf, uptimeOf, type StateBand, type Tally } from "@/lib/monitoring/reports/compute-uptime";
import { incidentResponseTimes, type IncidentTimes, type ResponseTimes } from "@/lib/monitoring/reports/incident-response-times";
import { estimateLostSales, type LostSales } from "@/lib/monitoring/reports/estimate-lost-sales";

/** How far back the usual order rate and basket are measured. */
export const SALES_HISTORY_DAYS = 28;
const RANKED = 3;

/** The days the usual order rate is measured over: the SALES_HISTORY_DAYS before the report's end (or now). */
export function salesWindow(to: Date, now: Date): { from: Date; to: Date } {
  const end = Math.min(to.getTime(), now.getTime());
  return { from: new Date(end - SALES_HISTORY_DAYS * 86_400_000), to: new Date(end) };
}

export interface ReportOutletInput {
  restaurantId: string;
  name: string;
  hours: OpeningHours;
  /** Paid orders in salesWindow(to, now). */
  sales: { orders: number; basketCents: number };
  listings: { listingId: string; channelCode: string; channelName: string; bands: StateBand[] }[];
}

export interface ReportInput {
  from: Date;
  to: Date;
  now: Date;
  granularity: Granularity;
  timeZone: string;
  outlets: ReportOutletInput[];
  incidents: IncidentTimes[];
}

export interface PeriodFigures {
  expectedMinutes: number;
  onlineMinutes: number;
  /** Percent with one decimal; null when nothing was expected (closed, or not monitored yet). */
  uptimePercent: number | null;
}

export interface SeriesRow {
  total: PeriodFigures;
  periods: PeriodFigures[];
}

export interface OutletRow extends SeriesRow, LostSales {
  restaurantId: string;
  name: string;
}

export interface ChainReport {
  from: string;
  to: string;
  granularity: Granularity;
  timeZone: string;
  periods: { label: string; start: string; end: string }[];
  outlets: OutletRow[];
  listings: (SeriesRow & { listingId: string; restaurantId: string; outletName: string; channelCode: string; channelName: string })[];
  channels: (SeriesRow & { channelCode: string; channelName: string })[];
  best: OutletRow[];
  worst: OutletRow[];
  responseTimes: ResponseTimes;
  lostSalesCents: number;
}

const minutes = (ms: number) => Math.round(ms / 60_000);

function figures(t: Tally): PeriodFigures {
  const uptime = uptimeOf(t);
  return {
    expectedMinutes: minutes(t.expectedMs),
    onlineMinutes: minutes(t.onlineMs),
    uptimePercent: uptime === null ? null : Math.round(uptime * 1000) / 10,
  };
}

const seriesRow = (series: Tally[]): SeriesRow => ({ total: figures(totalOf(series)), periods: series.map(figures) });

function toIntervals(stretches: { start: Date; end: Date }[]) {
  return stretches.map((s) => ({ start: s.start.getTime(), end: s.end.getTime() }));
}

export function buildChainReport(input: ReportInput): ChainReport {
  const { from, to, now, granularity, timeZone } = input;
  const buckets: Bucket[] = bucketsBetween(from, to, granularity, timeZone);
  const sales = salesWindow(to, now);
  const listings: ChainReport["listings"] = [];
  const byChannel = new Map<string, { channelName: string; series: Tally[][] }>();
  const outlets: OutletRow[] = [];

  for (const outlet of input.outlets) {
    const open = toIntervals(openStretchesBetween(outlet.hours, from, to));
    const outletSeries: Tally[][] = [];
    for (const l of outlet.listings) {
      const series = listingTallies(open, l.bands, buckets, now.getTime());
      outletSeries.push(series);
      listings.push({ listingId: l.listingId, restaurantId: outlet.restaurantId, outletName: outlet.name, channelCode: l.channelCode, channelName: l.channelName, ...seriesRow(series) });
      const channel = byChannel.get(l.channelCode) ?? { channelName: l.channelName, series: [] };
      channel.series.push(series);
      byChannel.set(l.channelCode, channel);
    }
    const downMs = outletSeries.reduce((sum, s) => {
      const t = totalOf(s);
      return sum + t.expectedMs - t.onlineMs;
    }, 0);
    const openMinutes = totalOfStretches(openStretchesBetween(outlet.hours, sales.from, sales.to));
    const lost = estimateLostSales(outletSeries.length ? downMs / outletSeries.length / 60_000 : 0, { ...outlet.sales, openMinutes });
    outlets.push({ restaurantId: outlet.restaurantId, name: outlet.name, ...seriesRow(sumSeries(outletSeries, buckets.length)), ...lost });
  }

  const ranked = outlets.filter((o) => o.total.uptimePercent !== null).sort((a, b) => b.total.uptimePercent! - a.total.uptimePercent! || a.name.localeCompare(b.name));
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    granularity,
    timeZone,
    periods: buckets.map((b) => ({ label: b.label, start: new Date(b.start).toISOString(), end: new Date(b.end).toISOString() })),
    outlets,
    listings,
    channels: [...byChannel].map(([channelCode, c]) => ({ channelCode, channelName: c.channelName, ...seriesRow(sumSeries(c.series, buckets.length)) })),
    best: ranked.slice(0, RANKED),
    worst: ranked.slice(-RANKED).reverse(),
    responseTimes: incidentResponseTimes(input.incidents),
    lostSalesCents: outlets.reduce((sum, o) => sum + o.lostSalesCents, 0),
  };
}

function totalOfStretches(stretches: { start: Date; end: Date }[]): number {
  return stretches.reduce((sum, s) => sum + (s.end.getTime() - s.start.getTime()) / 60_000, 0);
}
