import { describe, expect, it } from "vitest";
import { isPublicUrl, publicBaseUrl } from "@/lib/http/public-url";
import { allowedOrigins } from "@/lib/realtime/allowed-origins";

describe("the public base URL of links that leave the browser", () => {
  it("is PUBLIC_URL whenever it is set, whatever host the request came in at", () => {
    const env = { PUBLIC_URL: "https://eats.example.com/", NEXTAUTH_URL: "http://localhost:3000", PORT: 3000 };
    expect(publicBaseUrl(env, "http://10.0.0.5:3000")).toBe("https://eats.example.com");
    expect(publicBaseUrl(env)).toBe("https://eats.example.com");
    expect(publicBaseUrl({ ...env, PUBLIC_URL: "https://example.com/eats//" })).toBe("https://example.com/eats");
  });

  it("falls back to the request's origin, then NEXTAUTH_URL, then localhost:PORT", () => {
    expect(publicBaseUrl({ NEXTAUTH_URL: "http://localhost:3000", PORT: 3000 }, "http://192.168.1.20:3000")).toBe("http://192.168.1.20:3000");
    expect(publicBaseUrl({ NEXTAUTH_URL: "https://auth.example.com/", PORT: 3000 })).toBe("https://auth.example.com");
    expect(publicBaseUrl({ PORT: 4000 })).toBe("http://localhost:4000");
  });

  it("accepts only an http(s) URL without query, fragment or credentials", () => {
    expect(isPublicUrl("https://eats.example.com")).toBe(true);
    expect(isPublicUrl("http://localhost:3000/eats")).toBe(true);
    for (const bad of ["eats.example.com", "ftp://eats.example.com", "https://eats.example.com/?a=1", "https://eats.example.com/#top", "https://user:pw@eats.example.com", ""]) {
      expect(isPublicUrl(bad), bad).toBe(false);
    }
  });

  it("is an origin sockets and forms may come from", () => {
    expect(allowedOrigins({ PORT: 3000, PUBLIC_URL: "https://eats.example.com/app" })).toContain("https://eats.example.com");
  });
});
