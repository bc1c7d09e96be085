import { describe, expect, it } from "vitest";
import { uptimeAxisDomain } from "@/components/admin/uptime-axis-domain";

describe("the report charts' uptime axis", () => {
  it("starts just below the worst value on a round number, so 96 % and 99 % look apart", () => {
    expect(uptimeAxisDomain([96, 99, null])).toEqual([95, 100]);
    expect(uptimeAxisDomain([100, 100])).toEqual([99, 100]);
    expect(uptimeAxisDomain([80, 99.5])).toEqual([75, 100]);
    expect(uptimeAxisDomain([40])).toEqual([20, 100]);
    expect(uptimeAxisDomain([3])).toEqual([0, 100]);
  });

  it("is 0–100 % without data", () => {
    expect(uptimeAxisDomain([null, undefined])).toEqual([0, 100]);
    expect(uptimeAxisDomain([])).toEqual([0, 100]);
  });
});
