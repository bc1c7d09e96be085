// Positions a driver's phone took while it had no connection, kept until it has one again.
// Pure: the driver app stores the buffer (localStorage) and sends what pointsToFlush returns
// through POST /api/v1/driver/location as one batch.
import { MAX_POINTS_PER_BATCH, type PositionPointInput } from "@/lib/tracking/schemas";
import { MAX_AGE_MS } from "@/lib/tracking/validate-position";

/** A buffered point: the wire shape, recordedAt as an ISO string. */
export type BufferedPoint = PositionPointInput & { recordedAt: string };

/**
 * The ingest keeps one point per 3 s of device time (POSITION_INTERVAL_MS in
 * ingest-position.ts, a server-only module; a unit test keeps the two equal).
 */
export const FLUSH_INTERVAL_MS = 3000;
/** Enough for ~40 minutes at one point per 5 s; the oldest go first when it is full. */
export const BUFFER_LIMIT = 500;
/** Older points would arrive after the ingest's staleness limit: margin for the upload. */
export const FLUSH_MAX_AGE_MS = MAX_AGE_MS - 15_000;

/** The buffer with `point` added (oldest first), capped at `limit` by dropping the oldest. */
export function addToBuffer(buffer: readonly BufferedPoint[], point: BufferedPoint, limit = BUFFER_LIMIT): BufferedPoint[] {
  const next = [...buffer, point];
  return next.length > limit ? next.slice(next.length - limit) : next;
}

/**
 * What to upload at `now`: points young enough for the ingest to accept, oldest first,
 * at most one per FLUSH_INTERVAL_MS (the ingest drops the rest anyway): one batch, as the
 * staleness window holds far fewer points than a batch may. The rest is worthless.
 */
export function pointsToFlush(buffer: readonly BufferedPoint[], now: number): BufferedPoint[] {
  const fresh: BufferedPoint[] = [];
  let lastKept = -Infinity;
  const sorted = [...buffer].sort((a, b) => Date.parse(a.recordedAt) - Date.parse(b.recordedAt));
  for (const point of sorted) {
    const at = Date.parse(point.recordedAt);
    if (!(now - at <= FLUSH_MAX_AGE_MS) || at - lastKept < FLUSH_INTERVAL_MS) continue;
    fresh.push(point);
    lastKept = at;
  }
  return fresh.slice(-MAX_POINTS_PER_BATCH);
}
