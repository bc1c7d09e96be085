import { describe, expect, it } from "vitest";
import { computeEta, HANDOVER_BUFFER_SECONDS, localHour, ROAD_FACTOR, speedKmh, travelSeconds, UNASSIGNED_PICKUP_SECONDS } from "@/lib/tracking/compute-eta";
import { haversineMeters } from "@/lib/geo/geohash";

const restaurant = { lat: 52.37, lng: 4.89, timeZone: "Europe/Amsterdam" };
// ~1.5 km north of the restaurant.
const dropoff = { lat: 52.3835, lng: 4.89 };
// 11:00 in Amsterdam (UTC+1 in winter): off-peak.
const noon = new Date("2030-01-15T10:00:00Z");
const seconds = (a: Date, b: Date) => (a.getTime() - b.getTime()) / 1000;

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

  it("waits for the kitchen when the driver would be there first", () => {
    const readyAt = new Date(noon.getTime() + 20 * 60_000);
    const driver = { lat: 52.371, lng: 4.89, vehicle: "BICYCLE" as const };
    const eta = computeEta({ now: noon, status: "PREPARING", readyAt, restaurant, dropoff, driver })!;
    expect(seconds(eta, readyAt)).toBeCloseTo(travelSeconds(restaurant, dropoff, "BICYCLE", 11) + HANDOVER_BUFFER_SECONDS, -1);
  });

  it("waits for the driver when the food is ready first", () => {
    const far = { lat: 52.4, lng: 4.89, vehicle: "BICYCLE" as const };
    const eta = computeEta({ now: noon, status: "READY", readyAt: noon, restaurant, dropoff, driver: far })!;
    const expected = travelSeconds(far, restaurant, "BICYCLE", 11) + travelSeconds(restaurant, dropoff, "BICYCLE", 11) + HANDOVER_BUFFER_SECONDS;
    expect(seconds(eta, noon)).toBeCloseTo(expected, -1);
  });

  it("assumes a driver a few minutes away before one is assigned", () => {
    const eta = computeEta({ now: noon, status: "ACCEPTED", readyAt: noon, restaurant, dropoff, driver: null })!;
    expect(seconds(eta, noon)).toBeCloseTo(UNASSIGNED_PICKUP_SECONDS + travelSeconds(restaurant, dropoff, "BICYCLE", 11) + HANDOVER_BUFFER_SECONDS, -1);
  });

  it("after pickup counts from the driver's position to the door", () => {
    const halfway = { lat: (restaurant.lat + dropoff.lat) / 2, lng: 4.89, vehicle: "SCOOTER" as const };
    const eta = computeEta({ now: noon, status: "PICKED_UP", readyAt: noon, restaurant, dropoff, driver: halfway })!;
    expect(seconds(eta, noon)).toBeCloseTo(travelSeconds(halfway, dropoff, "SCOOTER", 11) + HANDOVER_BUFFER_SECONDS, -1);
  });

  it("has no ETA once the order is finished", () => {
    for (const status of ["DELIVERED", "CANCELLED", "REJECTED", "PAYMENT_FAILED"] as const) {
      expect(computeEta({ now: noon, status, readyAt: noon, restaurant, dropoff, driver: null })).toBeNull();
    }
  });
});
