import { describe, expect, it } from "vitest";
import { roundDistance } from "@/lib/geo/round-distance";

describe("roundDistance", () => {
  it("rounds to what a person says", () => {
    expect(roundDistance(40)).toEqual({ unit: "near" });
    expect(roundDistance(99.9)).toEqual({ unit: "near" });
    expect(roundDistance(100)).toEqual({ unit: "m", meters: 100 });
    expect(roundDistance(437)).toEqual({ unit: "m", meters: 450 });
    expect(roundDistance(980)).toEqual({ unit: "km", km: 1 });
    expect(roundDistance(1000)).toEqual({ unit: "km", km: 1 });
    expect(roundDistance(1249)).toEqual({ unit: "km", km: 1.2 });
    expect(roundDistance(12_960)).toEqual({ unit: "km", km: 13 });
  });
});
