// Which available driver gets the offer, and whether it is too early to offer at all. Pure.
// A driver's cost is their ride to the restaurant, plus a penalty for every second the food
// would wait for them (it gets cold), minus a bonus for how long they have been idle (so
// the same few drivers near busy kitchens do not take every job).
import { travelSeconds } from "@/lib/tracking/compute-eta";
import type { LatLng } from "@/lib/geo/geohash";
import type { Vehicle } from "@/lib/generated/prisma/enums";

export interface Candidate extends LatLng {
  driverId: string;
  vehicle: Vehicle;
  /** Straight-line distance to the restaurant. */
  distanceMeters: number;
  /** When the driver last became free (null: never delivered). */
  availableSince: Date | null;
}

export interface ScoredCandidate extends Candidate {
  pickupEtaSeconds: number;
  /** Prep time remaining − ride time: > 0 the driver waits at the pass, < 0 the food waits. */
  slackSeconds: number;
  /** Lower is better. */
  score: number;
}

/** Each second the food waits for its driver costs this many seconds of ride. */
export const LATE_WEIGHT = 2;
/** Seconds of score taken off per idle minute, up to IDLE_CAP_MINUTES. */
export const IDLE_BONUS_SECONDS_PER_MINUTE = 10;
export const IDLE_CAP_MINUTES = 30;
/** A driver may wait this long at the restaurant; earlier than that the offer is deferred. */
export const MAX_EARLY_SECONDS = 300;
/** A deferred order is looked at again after at most this long (drivers move meanwhile). */
export const MAX_DEFER_SECONDS = 120;
const MIN_DEFER_SECONDS = 5;

export function scoreCandidates(
  candidates: readonly Candidate[],
  { restaurant, prepRemainingSeconds, now, hour }: { restaurant: LatLng; prepRemainingSeconds: number; now: Date; hour: number },
): ScoredCandidate[] {
  return candidates
    .map((candidate) => {
      const pickupEtaSeconds = travelSeconds(candidate, restaurant, candidate.vehicle, hour);
      const slackSeconds = prepRemainingSeconds - pickupEtaSeconds;
      const idleMinutes = candidate.availableSince ? Math.max(0, (now.getTime() - candidate.availableSince.getTime()) / 60_000) : 0;
      const score =
        pickupEtaSeconds + LATE_WEIGHT * Math.max(0, -slackSeconds) - IDLE_BONUS_SECONDS_PER_MINUTE * Math.min(idleMinutes, IDLE_CAP_MINUTES);
      return { ...candidate, pickupEtaSeconds, slackSeconds, score };
    })
    .sort((a, b) => a.score - b.score || a.distanceMeters - b.distanceMeters);
}

export type OfferPlan = { kind: "offer"; ranked: ScoredCandidate[] } | { kind: "defer"; seconds: number } | { kind: "none" };

/**
 * Offer now (best first), defer while even the best driver would stand at the pass for more
 * than MAX_EARLY_SECONDS, or give up for now when nobody is around.
 */
export function planOffer(scored: readonly ScoredCandidate[]): OfferPlan {
  const best = scored[0];
  if (!best) return { kind: "none" };
  const early = best.slackSeconds - MAX_EARLY_SECONDS;
  if (early > 0) return { kind: "defer", seconds: Math.max(MIN_DEFER_SECONDS, Math.min(MAX_DEFER_SECONDS, Math.ceil(early))) };
  return { kind: "offer", ranked: [...scored] };
}
