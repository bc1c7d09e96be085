// Smooth driver markers: positions arrive every ~5 s, and a marker that jumps from one to
// the next looks broken. The marker glides from where it is drawn to the new point over
// about the time the next point takes to arrive. Pure; the map calls it once per frame.
import type { LatLng } from "@/lib/geo/geohash";
import { haversineMeters } from "@/lib/geo/geohash";

/** The shortest and longest glide: too short looks like a jump, too long lags behind. */
export const MIN_GLIDE_MS = 500;
export const MAX_GLIDE_MS = 6000;
/** Further than this between two points is a GPS jump or a reconnect: snap, do not glide. */
export const SNAP_METERS = 2000;

export interface Glide {
  from: LatLng;
  to: LatLng;
  startedAt: number;
  durationMs: number;
}

/**
 * A glide from `drawn` (where the marker is now) to `next`, lasting about as long as the
 * device took between its last two fixes (`gapMs`), clamped to [MIN_GLIDE_MS, MAX_GLIDE_MS].
 */
export function startGlide(drawn: LatLng | null, next: LatLng, gapMs: number, now: number): Glide {
  if (!drawn || haversineMeters(drawn, next) > SNAP_METERS) return { from: next, to: next, startedAt: now, durationMs: 0 };
  const durationMs = Math.min(MAX_GLIDE_MS, Math.max(MIN_GLIDE_MS, Number.isFinite(gapMs) ? gapMs : MAX_GLIDE_MS));
  return { from: drawn, to: next, startedAt: now, durationMs };
}

/** Where the marker is drawn at `now` (linear: a driver moves at a roughly even speed). */
export function glidePosition(glide: Glide, now: number): LatLng {
  if (glide.durationMs <= 0) return glide.to;
  const t = Math.min(1, Math.max(0, (now - glide.startedAt) / glide.durationMs));
  return { lat: glide.from.lat + (glide.to.lat - glide.from.lat) * t, lng: glide.from.lng + (glide.to.lng - glide.from.lng) * t };
}

export const glideDone = (glide: Glide, now: number) => now - glide.startedAt >= glide.durationMs;
