import { describe, expect, it } from "vitest";
import { formatCents } from "@/lib/money";

describe("formatCents", () => {
  it("formats integer cents in the currency unit", () => {
    expect(formatCents(1899)).toBe("€18.99");
    expect(formatCents(0)).toBe("€0.00");
    expect(formatCents(123456)).toBe("€1,234.56");
  });
});
