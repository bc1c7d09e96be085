import { describe, expect, it } from "vitest";
import { formatDistance } from "@/lib/geo/describe-distance";

describe("formatDistance", () => {
  it("rounds to ten metres below a kilometre, as the restaurant cards show it", () => {
    expect(formatDistance(434, "en")).toBe("430 m");
    expect(formatDistance(996, "en")).toBe("1.0 km");
    expect(formatDistance(2345, "nl")).toBe("2,3 km");
  });
});
