import { describe, expect, it } from "vitest";
import { describeDistance } from "@/lib/geo/describe-distance";

describe("describeDistance", () => {
  it("rounds to what a person says", () => {
    expect(describeDistance(40)).toBe("less than 100 m");
    expect(describeDistance(99.9)).toBe("less than 100 m");
    expect(describeDistance(100)).toBe("about 100 m");
    expect(describeDistance(437)).toBe("about 450 m");
    expect(describeDistance(980)).toBe("about 1.0 km");
    expect(describeDistance(1000)).toBe("about 1.0 km");
    expect(describeDistance(1249)).toBe("about 1.2 km");
    expect(describeDistance(12_960)).toBe("about 13.0 km");
  });
});
