import { describe, expect, it } from "vitest";
import { realtimeUrlFor } from "@/lib/realtime/realtime-url-for";

describe("the realtime URL a page hands to the browser", () => {
  const config = { REALTIME_PORT: 3001, REALTIME_PUBLIC_URL: undefined };

  it("is the page's host at REALTIME_PORT", () => {
    expect(realtimeUrlFor("localhost:3000", config)).toBe("http://localhost:3001");
    expect(realtimeUrlFor("192.168.1.20:3000", config)).toBe("http://192.168.1.20:3001");
    expect(realtimeUrlFor("[::1]:3000", config)).toBe("http://[::1]:3001");
  });

  it("falls back to localhost without a usable Host header", () => {
    expect(realtimeUrlFor(null, config)).toBe("http://localhost:3001");
    expect(realtimeUrlFor("bad host/::", config)).toBe("http://localhost:3001");
  });

  it("is REALTIME_PUBLIC_URL when set", () => {
    expect(realtimeUrlFor("eats.example.com", { ...config, REALTIME_PUBLIC_URL: "https://rt.example.com" })).toBe("https://rt.example.com");
  });
});
