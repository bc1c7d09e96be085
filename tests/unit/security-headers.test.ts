import { describe, expect, it } from "vitest";
import { securityHeaders } from "@/lib/http/security-headers";

const base = { realtimeUrl: "http://localhost:3001", secure: false, dev: false };

describe("securityHeaders", () => {
  it("sets CSP with the map tiles and realtime origins, frame-ancestors, nosniff and Referrer-Policy", () => {
    const headers = securityHeaders({ ...base, path: "/kitchen" });
    const csp = headers["content-security-policy"]!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("img-src 'self' data: blob: https://tile.openstreetmap.org");
    expect(csp).toContain("connect-src 'self' http://localhost:3001 ws://localhost:3001");
    expect(csp).not.toContain("unsafe-eval");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  });

  it("allows geolocation only on the driver app and the customer's location bar", () => {
    expect(securityHeaders({ ...base, path: "/driver" })["permissions-policy"]).toContain("geolocation=(self)");
    expect(securityHeaders({ ...base, path: "/driver/jobs" })["permissions-policy"]).toContain("geolocation=(self)");
    expect(securityHeaders({ ...base, path: "/" })["permissions-policy"]).toContain("geolocation=(self)");
    expect(securityHeaders({ ...base, path: "/kitchen" })["permissions-policy"]).toContain("geolocation=()");
    expect(securityHeaders({ ...base, path: "/drivers-club" })["permissions-policy"]).toContain("geolocation=()");
  });

  it("sends HSTS only over TLS", () => {
    expect(securityHeaders({ ...base, path: "/" })["strict-transport-security"]).toBeUndefined();
    expect(securityHeaders({ ...base, path: "/", secure: true, realtimeUrl: "https://rt.example.com" })["strict-transport-security"]).toMatch(/max-age=\d+/);
    expect(securityHeaders({ ...base, path: "/", secure: true, realtimeUrl: "https://rt.example.com" })["content-security-policy"]).toContain("wss://rt.example.com");
  });
});
