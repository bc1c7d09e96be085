// The periods a report is broken into: local calendar days or ISO weeks (Monday first) in
// the report's time zone, clipped to the report window.
import { localDateOf, zonedInstant } from "@/lib/catalog/opening-hours";
import type { Interval } from "@/lib/monitoring/reports/intervals";

export type Granularity = "day" | "week";

export interface Bucket extends Interval {
  /** The local date the day or week starts on (YYYY-MM-DD). */
  label: string;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function bucketsBetween(from: Date, to: Date, granularity: Granularity, timeZone: string): Bucket[] {
  let label = localDateOf(from, timeZone);
  if (granularity === "week") {
    const weekday = new Date(`${label}T00:00:00Z`).getUTCDay(); // 0 = Sunday
    label = addDays(label, -((weekday + 6) % 7));
  }
  const step = granularity === "week" ? 7 : 1;
  const buckets: Bucket[] = [];
  while (zonedInstant(label, 0, timeZone).getTime() < to.getTime()) {
    const next = addDays(label, step);
    const start = Math.max(zonedInstant(label, 0, timeZone).getTime(), from.getTime());
    const end = Math.min(zonedInstant(next, 0, timeZone).getTime(), to.getTime());
    if (end > start) buckets.push({ label, start, end });
    label = next;
  }
  return buckets;
}
