// What a driver earns for one delivery: a fixed base plus the road distance of the whole
// trip (to the restaurant, then to the customer), and the customer's tip in full.
import { roadMeters } from "@/lib/tracking/compute-eta";
import type { LatLng } from "@/lib/geo/geohash";

export const PAYOUT_BASE_CENTS = 300;
export const PAYOUT_CENTS_PER_KM = 80;

export function driverPayoutCents(trip: { driver: LatLng; restaurant: LatLng; dropoff: LatLng; tipCents: number }): number {
  const km = (roadMeters(trip.driver, trip.restaurant) + roadMeters(trip.restaurant, trip.dropoff)) / 1000;
  return PAYOUT_BASE_CENTS + Math.round(km * PAYOUT_CENTS_PER_KM) + trip.tipCents;
}
