import { describe, expect, it } from "vitest";
import { createDriverContextCache } from "@/lib/tracking/driver-context-cache";

const context = { id: "driver-1", order: { id: "order-1", status: "READY", customerId: "customer-1" } };

describe("driver context cache", () => {
  it("remembers a driver until the time to live has passed", () => {
    const cache = createDriverContextCache(1000);
    cache.set("user-1", context, 0);
    expect(cache.get("user-1", 999)).toBe(context);
    expect(cache.get("user-1", 1000)).toBeUndefined();
  });

  it("forgets a driver at once when their job changes, by driver id", () => {
    const cache = createDriverContextCache(1000);
    cache.set("user-1", context, 0);
    cache.set("user-2", { id: "driver-2", order: null }, 0);
    cache.forgetDriver("driver-1");
    expect(cache.get("user-1", 1)).toBeUndefined();
    expect(cache.get("user-2", 1)).toEqual({ id: "driver-2", order: null });
    cache.forgetDriver("unknown-driver");
  });
});
