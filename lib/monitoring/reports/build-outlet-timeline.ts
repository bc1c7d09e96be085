// An outlet's timeline (pure): when it was expected open, and each listing's observed bands,
// clipped to the window. Time before a listing's first band is simply absent (not monitored).
import { openStretchesBetween, type OpeningHours } from "@/lib/catalog/opening-hours";
import type { ObservedState, StateBand } from "@/lib/monitoring/reports/compute-uptime";

export interface TimelineBand {
  state: ObservedState;
  start: string;
  end: string;
}

export interface OutletTimeline {
  from: string;
  to: string;
  expectedOpen: { start: string; end: string }[];
  listings: { listingId: string; channelCode: string; channelName: string; bands: TimelineBand[] }[];
}

export interface TimelineInput {
  hours: OpeningHours;
  from: Date;
  to: Date;
  now: Date;
  listings: { listingId: string; channelCode: string; channelName: string; bands: StateBand[] }[];
}

const iso = (ms: number) => new Date(ms).toISOString();

export function buildOutletTimeline({ hours, from, to, now, listings }: TimelineInput): OutletTimeline {
  const start = from.getTime();
  const end = Math.min(to.getTime(), now.getTime());
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    expectedOpen: openStretchesBetween(hours, from, to).map((s) => ({ start: s.start.toISOString(), end: s.end.toISOString() })),
    listings: listings.map((l) => ({
      listingId: l.listingId,
      channelCode: l.channelCode,
      channelName: l.channelName,
      bands: l.bands
        .map((b) => ({ state: b.state, start: Math.max(b.start, start), end: Math.min(b.end ?? now.getTime(), end) }))
        .filter((b) => b.end > b.start)
        .map((b) => ({ state: b.state, start: iso(b.start), end: iso(b.end) })),
    })),
  };
}
