import { describe, expect, it } from "vitest";
import { encodeGeohash, haversineMeters } from "@/lib/geo/geohash";

const DAM_SQUARE = { lat: 52.3731, lng: 4.8926 };
const AMSTERDAM_CENTRAAL = { lat: 52.3791, lng: 4.9003 };
// City-centre coordinates, the points "Amsterdam to Rotterdam: 57 km" is quoted between.
const AMSTERDAM = { lat: 52.3676, lng: 4.9041 };
const ROTTERDAM = { lat: 51.9225, lng: 4.47917 };

describe("encodeGeohash", () => {
  it("matches known cells", () => {
    expect(encodeGeohash(DAM_SQUARE.lat, DAM_SQUARE.lng)).toBe("u173z");
    expect(encodeGeohash(DAM_SQUARE.lat, DAM_SQUARE.lng, 9).startsWith("u173z")).toBe(true);
    // The textbook example from the geohash description: 57.64911, 10.40744 → u4pruydqqvj.
    expect(encodeGeohash(57.64911, 10.40744, 11)).toBe("u4pruydqqvj");
    expect(encodeGeohash(0, 0, 3)).toBe("s00");
    expect(encodeGeohash(-33.8688, 151.2093, 5)).toBe("r3gx2");
  });

  it("defaults to precision 5 and longer hashes extend shorter ones", () => {
    const long = encodeGeohash(AMSTERDAM_CENTRAAL.lat, AMSTERDAM_CENTRAAL.lng, 8);
    expect(encodeGeohash(AMSTERDAM_CENTRAAL.lat, AMSTERDAM_CENTRAAL.lng)).toBe(long.slice(0, 5));
  });
});

describe("haversineMeters", () => {
  it("is zero for the same point and symmetric", () => {
    expect(haversineMeters(DAM_SQUARE, DAM_SQUARE)).toBe(0);
    expect(haversineMeters(DAM_SQUARE, ROTTERDAM)).toBeCloseTo(haversineMeters(ROTTERDAM, DAM_SQUARE), 6);
  });

  it("measures Amsterdam to Rotterdam at about 57 km", () => {
    expect(Math.abs(haversineMeters(AMSTERDAM, ROTTERDAM) - 57_000)).toBeLessThan(1_000);
  });

  it("measures short city distances (Dam square to Centraal ≈ 830 m)", () => {
    expect(haversineMeters(DAM_SQUARE, AMSTERDAM_CENTRAAL)).toBeGreaterThan(780);
    expect(haversineMeters(DAM_SQUARE, AMSTERDAM_CENTRAAL)).toBeLessThan(880);
  });
});
