// Is a GPS point plausible? Pure: the caller supplies the driver's previous accepted point and
// the time. Implausible points are anomalies (counted and dropped), not request errors: a
// device with a bad fix or a wrong clock should keep sending, not be shown an error.
import { haversineMeters, type LatLng } from "@/lib/geo/geohash";

/** A device clock may run a little ahead; more than this is a wrong clock. */
export const MAX_FUTURE_MS = 30_000;
/** Older points are history, not a position: too late to forward or to trust. */
export const MAX_AGE_MS = 2 * 60_000;
/** Faster than any delivery vehicle in a city: a GPS jump or a spoofed point. */
export const MAX_SPEED_KMH = 200;

export type PositionAnomaly = "out_of_range" | "future_timestamp" | "stale_timestamp" | "impossible_speed";

export interface PositionFix extends LatLng {
  recordedAt: Date;
}

export type PositionVerdict = { ok: true } | { ok: false; reason: PositionAnomaly };

/** Speed between two fixes in km/h; Infinity when they moved without time passing. */
export function speedKmh(from: PositionFix, to: PositionFix): number {
  const meters = haversineMeters(from, to);
  const seconds = Math.abs(to.recordedAt.getTime() - from.recordedAt.getTime()) / 1000;
  if (meters === 0) return 0;
  return seconds === 0 ? Infinity : (meters / seconds) * 3.6;
}

export function validatePosition(point: PositionFix, previous: PositionFix | null, now: Date): PositionVerdict {
  const { lat, lng } = point;
  if (!(lat >= -90 && lat <= 90 && lng >= -180 && lng <= 180)) return { ok: false, reason: "out_of_range" };
  const ageMs = now.getTime() - point.recordedAt.getTime();
  if (ageMs < -MAX_FUTURE_MS) return { ok: false, reason: "future_timestamp" };
  if (ageMs > MAX_AGE_MS) return { ok: false, reason: "stale_timestamp" };
  if (previous && speedKmh(previous, point) > MAX_SPEED_KMH) return { ok: false, reason: "impossible_speed" };
  return { ok: true };
}
