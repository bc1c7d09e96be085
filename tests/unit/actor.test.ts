import { describe, expect, it } from "vitest";
import { canUse, LANDING } from "@/lib/auth/actor";
import { ROLES } from "@/lib/auth/roles";
import { allowedOrigins } from "@/lib/realtime/allowed-origins";

describe("surface access by role", () => {
  it("gives each role exactly the surfaces it should have", () => {
    const table = Object.fromEntries(
      ROLES.map((role) => [role, (["kitchen", "driver", "admin", "orders"] as const).filter((s) => canUse({ role }, s))]),
    );
    expect(table).toEqual({
      CUSTOMER: ["orders"],
      RESTAURANT_STAFF: ["kitchen"],
      DRIVER: ["driver"],
      CHAIN_ADMIN: ["admin"],
      PLATFORM_ADMIN: ["kitchen", "admin"],
    });
    expect(canUse(null, "orders")).toBe(false);
  });

  it("lands every role on a surface it may use", () => {
    expect(LANDING).toEqual({ CUSTOMER: "/", RESTAURANT_STAFF: "/kitchen", DRIVER: "/driver", CHAIN_ADMIN: "/admin", PLATFORM_ADMIN: "/admin" });
  });
});

describe("realtime CORS origins", () => {
  it("allows the web app's own origins and configured extras only", () => {
    expect(allowedOrigins({ PORT: 3000, NEXTAUTH_URL: "https://eats.example.com/app", WEB_ORIGINS: "https://a.test, ," })).toEqual([
      "http://localhost:3000",
      "http://127.0.0.1:3000",
      "https://eats.example.com",
      "https://a.test",
    ]);
  });
});
