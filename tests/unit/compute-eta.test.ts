import { describe, expect, it } from "vitest";
import { computeEta, foodReadyAt, HANDOVER_BUFFER_SECONDS, localHour, ROAD_FACTOR, speedKmh, travelSeconds, UNASSIGNED_PICKUP_SECONDS, type EtaInput } from "@/lib/tracking/compute-eta";
import { haversineMeters } from "@/lib/geo/geohash";
import { newerEta } from "@/lib/tracking/newer-eta";

const restaurant = { lat: 52.37, lng: 4.89, timeZone: "Europe/Amsterdam" };
// ~1.5 km north of the restaurant.
const dropoff = { lat: 52.3835, lng: 4.89 };
// 11:00 in Amsterdam (UTC+1 in winter): off-peak.
const noon = new Date("2030-01-15T10:00:00Z");
const seconds = (a: Date, b: Date) => (a.getTime() - b.getTime()) / 1000;
const minutes = (n: number) => new Date(noon.getTime() + n * 60_000);
const ride = travelSeconds(restaurant, dropoff, "BICYCLE", 11);
/** An order placed at noon at an outlet whose menu says "ready in about 15 min". */
const order = { placedAt: noon, promisedPrepMinutes: 15, restaurant, dropoff };
const eta = (input: Omit<EtaInput, keyof typeof order> & Partial<EtaInput>) => computeEta({ ...order, ...input })!;

describe("computeEta", () => {
  it("rides the road distance (haversine × road factor) at the vehicle's speed", () => {
    const meters = haversineMeters(restaurant, dropoff) * ROAD_FACTOR;
    expect(travelSeconds(restaurant, dropoff, "BICYCLE", 11)).toBe(Math.round(meters / (15 / 3.6)));
    expect(travelSeconds(restaurant, dropoff, "SCOOTER", 11)).toBeLessThan(travelSeconds(restaurant, dropoff, "BICYCLE", 11));
  });

  it("is slower in rush hour, for motor vehicles more than for bicycles, and faster at night", () => {
    expect(speedKmh("CAR", 8)).toBeLessThan(speedKmh("CAR", 11));
    expect(speedKmh("CAR", 8) / speedKmh("CAR", 11)).toBeLessThan(speedKmh("BICYCLE", 8) / speedKmh("BICYCLE", 11));
    expect(speedKmh("SCOOTER", 23)).toBeGreaterThan(speedKmh("SCOOTER", 11));
  });

  it("reads the hour on the restaurant's clock", () => {
    expect(localHour(noon, "Europe/Amsterdam")).toBe(11);
    expect(localHour(noon, "America/New_York")).toBe(5);
  });

  it("counts the menu's 'ready in about N min' from placement until the kitchen commits to a time", () => {
    expect(foodReadyAt({ now: noon, status: "PAID", placedAt: noon, promisedPrepMinutes: 15, readyAt: null })).toEqual(minutes(15));
    const paid = eta({ now: minutes(1), status: "PAID", readyAt: null, driver: null });
    expect(seconds(paid, noon)).toBeCloseTo(15 * 60 + UNASSIGNED_PICKUP_SECONDS + ride + HANDOVER_BUFFER_SECONDS, -1);
    // The kitchen's own time replaces the promise once it accepted.
    const accepted = eta({ now: minutes(2), status: "ACCEPTED", readyAt: minutes(12), driver: null });
    expect(seconds(accepted, paid)).toBeCloseTo(-3 * 60, -1);
  });

  it("never grows while the kitchen keeps its word and no driver is assigned yet", () => {
    const steps = [
      eta({ now: minutes(0), status: "PAID", readyAt: null, driver: null }),
      eta({ now: minutes(1), status: "ACCEPTED", readyAt: minutes(15), driver: null }),
      eta({ now: minutes(2), status: "PREPARING", readyAt: minutes(15), driver: null }),
      eta({ now: minutes(15), status: "READY", readyAt: minutes(15), driver: null }),
    ];
    for (let i = 1; i < steps.length; i++) expect(steps[i]!.getTime()).toBeLessThanOrEqual(steps[0]!.getTime());
    expect(steps.map((s) => s.getTime())).toEqual(steps.map(() => steps[0]!.getTime()));
  });

  it("food ready early is ready now: the kitchen's later estimate no longer counts", () => {
    const preparing = eta({ now: minutes(1), status: "PREPARING", readyAt: minutes(15), driver: null });
    const readyEarly = eta({ now: minutes(5), status: "READY", readyAt: minutes(15), driver: null });
    expect(seconds(preparing, readyEarly)).toBeCloseTo(10 * 60, -1);
  });

  it("a late kitchen moves the food's time to now, not into the past", () => {
    expect(foodReadyAt({ now: minutes(20), status: "PREPARING", placedAt: noon, promisedPrepMinutes: 15, readyAt: minutes(15) })).toEqual(minutes(20));
  });

  it("waits for the kitchen when the driver would be there first", () => {
    const readyAt = minutes(20);
    const driver = { lat: 52.371, lng: 4.89, vehicle: "BICYCLE" as const };
    const at = eta({ now: noon, status: "PREPARING", readyAt, driver });
    expect(seconds(at, readyAt)).toBeCloseTo(ride + HANDOVER_BUFFER_SECONDS, -1);
  });

  it("waits for the driver when the food is ready first", () => {
    const far = { lat: 52.4, lng: 4.89, vehicle: "BICYCLE" as const };
    const at = eta({ now: noon, status: "READY", readyAt: noon, driver: far });
    expect(seconds(at, noon)).toBeCloseTo(travelSeconds(far, restaurant, "BICYCLE", 11) + ride + HANDOVER_BUFFER_SECONDS, -1);
  });

  it("assumes a driver a few minutes after the food is ready before one is assigned", () => {
    const at = eta({ now: noon, status: "READY", readyAt: noon, driver: null });
    expect(seconds(at, noon)).toBeCloseTo(UNASSIGNED_PICKUP_SECONDS + ride + HANDOVER_BUFFER_SECONDS, -1);
  });

  it("an assigned driver on time brings the ETA forward, never back", () => {
    const unassigned = eta({ now: minutes(2), status: "PREPARING", readyAt: minutes(15), driver: null });
    const near = { lat: 52.371, lng: 4.89, vehicle: "BICYCLE" as const };
    const assigned = eta({ now: minutes(10), status: "PREPARING", readyAt: minutes(15), driver: near });
    expect(assigned.getTime()).toBeLessThan(unassigned.getTime());
  });

  it("after pickup counts from the driver's position to the door", () => {
    const halfway = { lat: (restaurant.lat + dropoff.lat) / 2, lng: 4.89, vehicle: "SCOOTER" as const };
    const at = eta({ now: noon, status: "PICKED_UP", readyAt: noon, driver: halfway });
    expect(seconds(at, noon)).toBeCloseTo(travelSeconds(halfway, dropoff, "SCOOTER", 11) + HANDOVER_BUFFER_SECONDS, -1);
  });

  it("has no ETA once the order is finished", () => {
    for (const status of ["DELIVERED", "CANCELLED", "REJECTED", "PAYMENT_FAILED"] as const) {
      expect(computeEta({ ...order, now: noon, status, readyAt: noon, driver: null })).toBeNull();
    }
  });
});

describe("newerEta", () => {
  const at = (m: number) => minutes(m).toISOString();
  it("keeps whichever ETA the server computed last, in either order of arrival", () => {
    const rendered = { etaAt: at(30), computedAt: at(1) };
    const heard = { etaAt: at(25), computedAt: at(2) };
    expect(newerEta(rendered, heard)).toBe(heard);
    // The page rendered again with a newer estimate than the one heard before.
    const rerendered = { etaAt: at(24), computedAt: at(3) };
    expect(newerEta(rerendered, heard)).toBe(rerendered);
  });

  it("takes the live one when the page had none, and ignores nothing heard", () => {
    const heard = { etaAt: at(25), computedAt: at(2) };
    expect(newerEta({ etaAt: null, computedAt: null }, heard)).toBe(heard);
    const rendered = { etaAt: at(30), computedAt: at(1) };
    expect(newerEta(rendered, undefined)).toBe(rendered);
  });
});
