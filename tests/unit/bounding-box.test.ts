import { describe, expect, it } from "vitest";
import { boundingBox, EARTH_RADIUS_METERS } from "@/lib/catalog/bounding-box";

/** The point `meters` from (lat, lng) on initial bearing `degrees` (great circle). */
function destination(lat: number, lng: number, meters: number, degrees: number) {
  const rad = Math.PI / 180;
  const d = meters / EARTH_RADIUS_METERS;
  const b = degrees * rad;
  const lat2 = Math.asin(Math.sin(lat * rad) * Math.cos(d) + Math.cos(lat * rad) * Math.sin(d) * Math.cos(b));
  const lng2 = lng * rad + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(lat * rad), Math.cos(d) - Math.sin(lat * rad) * Math.sin(lat2));
  return { lat: lat2 / rad, lng: lng2 / rad };
}

describe("boundingBox", () => {
  it("holds every point of the circle, and little more", () => {
    for (const [lat, lng] of [[52.37, 4.89], [-33.87, 151.21], [0, 0], [64.15, -21.94]] as const) {
      const box = boundingBox(lat, lng, 15_000);
      for (let bearing = 0; bearing < 360; bearing += 5) {
        const p = destination(lat, lng, 15_000 * 0.9999, bearing);
        expect(p.lat).toBeGreaterThanOrEqual(box.minLat);
        expect(p.lat).toBeLessThanOrEqual(box.maxLat);
        expect(p.lng).toBeGreaterThanOrEqual(box.minLng);
        expect(p.lng).toBeLessThanOrEqual(box.maxLng);
      }
      // North-south it is the diameter: 30 km is 0.2698° of latitude.
      expect(box.maxLat - box.minLat).toBeCloseTo(0.2698, 3);
    }
  });

  it("spans every longitude around a pole or across the antimeridian", () => {
    expect(boundingBox(89.95, 10, 15_000)).toMatchObject({ minLng: -180, maxLng: 180, maxLat: 90 });
    expect(boundingBox(-17.8, 179.99, 15_000)).toMatchObject({ minLng: -180, maxLng: 180 });
  });
});
