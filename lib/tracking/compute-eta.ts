// When will the customer have their food? Pure: straight-line distance × a road factor ÷ a
// speed that depends on the vehicle and the hour of day, plus the kitchen's prep time still
// to go (the menu's promise, then the kitchen's word) and a hand-over buffer. Used for the customer's ETA and for dispatch (driver →
// restaurant travel time), so both agree on how fast a driver is.
import { haversineMeters, type LatLng } from "@/lib/geo/geohash";
import type { OrderStatus, Vehicle } from "@/lib/generated/prisma/enums";

/** City streets are not straight lines: typical detour ratio of urban road networks. */
export const ROAD_FACTOR = 1.35;
/** Parking, finding the door, handing over: added to every delivery estimate. */
export const HANDOVER_BUFFER_SECONDS = 180;
/** Before a driver is assigned, assume one reaches the restaurant this long after the food is ready. */
export const UNASSIGNED_PICKUP_SECONDS = 300;

/** Cruising speeds off-peak, km/h, door to door (stops, lights, crossings included). */
const SPEED_KMH: Record<Vehicle, number> = { BICYCLE: 15, SCOOTER: 24, CAR: 26 };

/**
 * Traffic by local hour: rush hours slow motor vehicles much more than bicycles, and the
 * night is faster for everyone.
 */
export function speedKmh(vehicle: Vehicle, hour: number): number {
  const rush = (hour >= 7 && hour < 9) || (hour >= 16 && hour < 19);
  const night = hour >= 22 || hour < 6;
  const factor = rush ? (vehicle === "BICYCLE" ? 0.9 : 0.65) : night ? 1.15 : 1;
  return SPEED_KMH[vehicle] * factor;
}

/** Road distance estimate in metres. */
export const roadMeters = (from: LatLng, to: LatLng) => haversineMeters(from, to) * ROAD_FACTOR;

/** Seconds to ride from one point to another. */
export function travelSeconds(from: LatLng, to: LatLng, vehicle: Vehicle, hour: number): number {
  return Math.round(roadMeters(from, to) / ((speedKmh(vehicle, hour) * 1000) / 3600));
}

const hourFormats = new Map<string, Intl.DateTimeFormat>();

/** The hour (0–23) on the clocks of `timeZone` at `instant`. */
export function localHour(instant: Date, timeZone: string): number {
  let format = hourFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "numeric", hourCycle: "h23" });
    hourFormats.set(timeZone, format);
  }
  return Number(format.format(instant)) % 24;
}

export interface EtaInput {
  now: Date;
  status: OrderStatus;
  /** When the order was placed: the menu's promise counts from then. */
  placedAt: Date;
  /** The menu's "ready in about N min" the customer ordered under (lib/catalog/outlet-orderability.ts). */
  promisedPrepMinutes: number;
  /** When the kitchen said the food will be ready (null before it accepted). */
  readyAt: Date | null;
  restaurant: LatLng & { timeZone: string };
  dropoff: LatLng;
  /** The assigned driver where last seen; null when none is assigned or no position is known. */
  driver: (LatLng & { vehicle: Vehicle }) | null;
}

/**
 * When the food will be on the pass, by the best word we have: the menu's promise until the
 * kitchen accepted, then the kitchen's own time, and "now" once it is ready (early or late),
 * never in the past.
 */
export function foodReadyAt({ now, status, placedAt, promisedPrepMinutes, readyAt }: Pick<EtaInput, "now" | "status" | "placedAt" | "promisedPrepMinutes" | "readyAt">): Date {
  if (status === "READY" || status === "PICKED_UP") return now;
  const kitchenSaid = (status === "ACCEPTED" || status === "PREPARING") && readyAt ? readyAt : null;
  const promised = kitchenSaid ?? new Date(placedAt.getTime() + promisedPrepMinutes * 60_000);
  return promised.getTime() > now.getTime() ? promised : now;
}

/**
 * null: the order is finished (delivered, cancelled…) and has no ETA any more. One model from
 * the menu's promise to the door, so the estimate never jumps when nothing changed: pickup is
 * when both the food and the driver are at the restaurant; a driver not yet assigned is
 * assumed to arrive UNASSIGNED_PICKUP_SECONDS after the food is ready, whatever the status.
 */
export function computeEta(input: EtaInput): Date | null {
  const { now, status, restaurant, dropoff, driver } = input;
  if (!["PLACED", "PAID", "ACCEPTED", "PREPARING", "READY", "PICKED_UP"].includes(status)) return null;
  const hour = localHour(now, restaurant.timeZone);
  const vehicle = driver?.vehicle ?? "BICYCLE";
  const at = (ms: number) => new Date(Math.round(ms / 1000) * 1000);
  if (status === "PICKED_UP") {
    const from = driver ?? restaurant;
    return at(now.getTime() + (travelSeconds(from, dropoff, vehicle, hour) + HANDOVER_BUFFER_SECONDS) * 1000);
  }
  const foodMs = foodReadyAt(input).getTime();
  const driverMs = driver ? now.getTime() + travelSeconds(driver, restaurant, vehicle, hour) * 1000 : foodMs + UNASSIGNED_PICKUP_SECONDS * 1000;
  const pickupMs = Math.max(foodMs, driverMs);
  return at(pickupMs + (travelSeconds(restaurant, dropoff, vehicle, hour) + HANDOVER_BUFFER_SECONDS) * 1000);
}
