import { describe, expect, it } from "vitest";
import { describeDistance, formatDistance } from "@/lib/geo/describe-distance";

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

  it("says it in the reader's language, with their decimal comma", () => {
    expect(describeDistance(40, "nl")).toBe("minder dan 100 m");
    expect(describeDistance(437, "nl")).toBe("ongeveer 450 m");
    expect(describeDistance(1249, "nl")).toBe("ongeveer 1,2 km");
  });
});

describe("formatDistance", () => {
  it("rounds to ten metres below a kilometre, as the restaurant cards show it", () => {
    expect(formatDistance(434, "en")).toBe("430 m");
    expect(formatDistance(996, "en")).toBe("1.0 km");
    expect(formatDistance(2345, "nl")).toBe("2,3 km");
  });
});
