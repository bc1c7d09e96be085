import { describe, expect, it } from "vitest";
import { safeCallbackUrl, safeRedirectUrl } from "@/lib/auth/safe-callback-url";

describe("safeCallbackUrl", () => {
  it("keeps same-origin paths with their query and fragment", () => {
    expect(safeCallbackUrl("/kitchen")).toBe("/kitchen");
    expect(safeCallbackUrl("/orders/1?x=2#map")).toBe("/orders/1?x=2#map");
    expect(safeCallbackUrl("/")).toBe("/");
  });

  it("normalises what it keeps", () => {
    expect(safeCallbackUrl("/a/../kitchen")).toBe("/kitchen");
    expect(safeCallbackUrl("/café")).toBe("/caf%C3%A9");
  });

  it("refuses TAB, CR, LF and other control characters anywhere", () => {
    for (const bad of ["/\t/evil.example", "/\r\n/evil.example", "/kitchen\r\nSet-Cookie: x=1", "/\n/evil.example", "/\u0000x", "/\u007f"]) {
      expect(safeCallbackUrl(bad), JSON.stringify(bad)).toBeNull();
    }
  });

  it("refuses backslashes, protocol-relative and absolute URLs and schemes", () => {
    for (const bad of ["/\\evil.example", "\\\\evil.example", "//evil.example", "///evil.example", "/..//evil.example", "/.//evil.example", "https://evil.example/", "http:/evil.example", "javascript:alert(1)", "data:text/html,x", "evil.example", "kitchen"]) {
      expect(safeCallbackUrl(bad), bad).toBeNull();
    }
  });

  it("refuses what is not one string of sensible length", () => {
    for (const bad of ["", null, undefined, ["/a", "/b"], 42, `/${"a".repeat(3000)}`]) {
      expect(safeCallbackUrl(bad)).toBeNull();
    }
  });
});

describe("safeRedirectUrl (next-auth's redirect callback)", () => {
  const base = "http://localhost:3000";
  it("keeps our own absolute URLs and safe paths", () => {
    expect(safeRedirectUrl(`${base}/kitchen?x=1`, base)).toBe(`${base}/kitchen?x=1`);
    expect(safeRedirectUrl("/admin", base)).toBe(`${base}/admin`);
  });

  it("sends everything else home", () => {
    for (const bad of ["https://evil.example/", `${base}.evil.example/x`, `${base}//evil.example`, "/\t/evil.example", `${base}/\\evil.example`, ""]) {
      expect(safeRedirectUrl(bad, base), bad).toBe(`${base}/`);
    }
  });
});
