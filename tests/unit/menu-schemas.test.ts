import { describe, expect, it } from "vitest";
import { euros } from "@/lib/menu/schemas";

describe("prices typed in euros", () => {
  it("become integer cents exactly", () => {
    const cases: [string | number, number][] = [["12.50", 1250], ["12,5", 1250], ["9", 900], [" 0.05 ", 5], [14, 1400], [0.3, 30], ["99999.99", 9_999_999]];
    for (const [typed, cents] of cases) expect(euros.parse(typed), String(typed)).toBe(cents);
  });

  it("refuse anything else", () => {
    for (const typed of ["", "abc", "1.234", "-1", "0", "0.00", "1e3", "€5", 0.1 + 0.2, "100000", null]) {
      expect(euros.safeParse(typed).success, String(typed)).toBe(false);
    }
  });
});
