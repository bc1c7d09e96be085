// Uptime of a listing: time observed ONLINE during the outlet's expected-open time, per report
// period. Time before the listing's first observed band is not counted (monitoring had not
// started); after that, every open minute not observed ONLINE (offline, paused, unknown) is
// downtime, because nobody could confirm customers were able to order.
import { clipIntervals, overlapMs, totalMs, type Interval } from "@/lib/monitoring/reports/intervals";
import type { Bucket } from "@/lib/monitoring/reports/report-buckets";

export type ObservedState = "ONLINE" | "OFFLINE" | "PAUSED" | "UNKNOWN";

export interface StateBand {
  state: ObservedState;
  start: number;
  /** null: the current band, still going at `now`. */
  end: number | null;
}

export interface Tally {
  expectedMs: number;
  onlineMs: number;
}

export const emptyTally = (): Tally => ({ expectedMs: 0, onlineMs: 0 });

export function addTally(into: Tally, t: Tally): Tally {
  into.expectedMs += t.expectedMs;
  into.onlineMs += t.onlineMs;
  return into;
}

/** Online share of expected time, 0–1; null when nothing was expected. */
export const uptimeOf = (t: Tally): number | null => (t.expectedMs > 0 ? t.onlineMs / t.expectedMs : null);

/**
 * One tally per bucket for a listing. `open`: the outlet's expected-open stretches (sorted);
 * `bands`: the listing's observed bands (sorted by start); `now` ends the current band and caps
 * the buckets (the future is neither up nor down).
 */
export function listingTallies(open: readonly Interval[], bands: readonly StateBand[], buckets: readonly Bucket[], now: number): Tally[] {
  const monitoredFrom = bands[0]?.start ?? Infinity;
  const online = bands.filter((b) => b.state === "ONLINE").map((b) => ({ start: b.start, end: b.end ?? now }));
  return buckets.map((bucket) => {
    const expected = clipIntervals(open, Math.max(bucket.start, monitoredFrom), Math.min(bucket.end, now));
    return { expectedMs: totalMs(expected), onlineMs: overlapMs(expected, clipIntervals(online, bucket.start, bucket.end)) };
  });
}

/** Sums per-bucket tallies of several listings bucket by bucket (outlet or channel view). */
export function sumSeries(series: readonly (readonly Tally[])[], bucketCount: number): Tally[] {
  const sums = Array.from({ length: bucketCount }, emptyTally);
  for (const s of series) s.forEach((t, i) => addTally(sums[i]!, t));
  return sums;
}

export const totalOf = (series: readonly Tally[]): Tally => series.reduce(addTally, emptyTally());
