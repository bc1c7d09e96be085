import { describe, expect, it } from "vitest";
import { createDriverContextCache } from "@/lib/tracking/driver-context-cache";

const context = { id: "driver-1", order: { id: "order-1", status: "READY", customerId: "customer-1" } };

describe("driver context cache", () => {
  it("remembers a driver however long, until their job changes (by driver id)", () => {
    const cache = createDriverContextCache();
    cache.set("user-1", context, cache.version);
    cache.set("user-2", { id: "driver-2", order: null }, cache.version);
    expect(cache.get("user-1")).toBe(context);
    cache.forgetDriver("driver-1");
    expect(cache.get("user-1")).toBeUndefined();
    expect(cache.get("user-2")).toEqual({ id: "driver-2", order: null });
    cache.forgetDriver("unknown-driver");
  });

  it("forgets everyone when job changes may have been missed", () => {
    const cache = createDriverContextCache();
    cache.set("user-1", context, cache.version);
    cache.forgetAll();
    expect(cache.get("user-1")).toBeUndefined();
  });

  it("does not keep a context read while the driver's job changed", () => {
    const cache = createDriverContextCache();
    const readAt = cache.version;
    cache.forgetDriver("driver-1"); // job:updated arrives while the read is in flight
    cache.set("user-1", context, readAt);
    expect(cache.get("user-1")).toBeUndefined();
    cache.set("user-1", context, cache.version);
    expect(cache.get("user-1")).toBe(context);
  });
});
