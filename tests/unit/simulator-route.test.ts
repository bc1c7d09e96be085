import { describe, expect, it } from "vitest";
import { haversineMeters } from "@/lib/geo/geohash";
import { planRoute, pointNear, positionAlong, routeThrough } from "@/server/simulator/route";

// A repeatable "random" source for the planner.
const sequence = (...values: number[]) => {
  let i = 0;
  return () => values[i++ % values.length]!;
};

const restaurant = { lat: 52.3731, lng: 4.8926 };
const home = { lat: 52.3602, lng: 4.8852 };

describe("simulator routes", () => {
  it("goes grid-like from start to end, never shorter than the straight line", () => {
    const route = planRoute(restaurant, home, sequence(0.2, 0.5));
    expect(route.points[0]).toEqual(restaurant);
    expect(route.points.at(-1)).toEqual(home);
    expect(route.points).toHaveLength(4);
    // each leg moves along one axis only
    expect(route.points[1]!.lng).toBe(restaurant.lng);
    expect(route.points[2]!.lat).toBe(route.points[1]!.lat);
    expect(route.length).toBeGreaterThanOrEqual(haversineMeters(restaurant, home));
  });

  it("finds the position after a distance, with the heading of the leg, clamped at the end", () => {
    const route = routeThrough([restaurant, { lat: restaurant.lat, lng: restaurant.lng + 0.01 }]);
    const half = positionAlong(route, route.length / 2);
    expect(half.lat).toBeCloseTo(restaurant.lat, 9);
    expect(half.lng).toBeCloseTo(restaurant.lng + 0.005, 9);
    expect(half.heading).toBeCloseTo(90, 0);
    expect(half.arrived).toBe(false);
    const end = positionAlong(route, route.length + 100);
    expect(end).toMatchObject({ lat: restaurant.lat, lng: restaurant.lng + 0.01, arrived: true });
    expect(positionAlong(route, -5)).toMatchObject({ lat: restaurant.lat, lng: restaurant.lng, arrived: false });
    expect(positionAlong(routeThrough([home]), 0)).toMatchObject({ ...home, arrived: true });
  });

  it("places random points within the radius", () => {
    for (const r of [0, 0.25, 0.5, 0.999]) {
      const p = pointNear(restaurant, 500, sequence(r, r));
      expect(haversineMeters(restaurant, p)).toBeLessThanOrEqual(501);
    }
  });
});
