import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";

describe("safeCallbackUrl", () => {
  it("keeps same-origin paths", () => {
    expect(safeCallbackUrl("/kitchen")).toBe("/kitchen");
    expect(safeCallbackUrl("/orders/1?x=2")).toBe("/orders/1?x=2");
  });

  it("refuses other origins and protocol-relative tricks", () => {
    for (const bad of ["https://evil.test/", "//evil.test", "/\\evil.test", "javascript:alert(1)", "", null, undefined]) {
      expect(safeCallbackUrl(bad)).toBeNull();
    }
  });
});
