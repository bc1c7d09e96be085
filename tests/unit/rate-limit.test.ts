import { describe, expect, it } from "vitest";
import { cancelRateLimitHit, clearRateLimit, hitRateLimit } from "@/lib/ratelimit/rate-limit";

// Without REDIS_URL the limiter keeps its window in process (the Redis path runs in the
// integration tests when REDIS_URL is set).
describe("sliding-window rate limit", () => {
  const rule = { limit: 5, windowMs: 60_000 };

  it("allows the limit within any window, then says when to retry", async () => {
    const key = `unit-${Math.random()}`;
    const t0 = 1_000_000;
    for (let i = 0; i < 5; i++) expect((await hitRateLimit(key, rule, `op-${i}`, t0 + i * 1000)).allowed).toBe(true);
    expect(await hitRateLimit(key, rule, "op-5", t0 + 10_000)).toEqual({ allowed: false, retryAfterSeconds: 50 });
    // the first hit leaves the window a minute after it happened
    expect((await hitRateLimit(key, rule, "op-6", t0 + 60_001)).allowed).toBe(true);
  });

  it("counts a retried operation once", async () => {
    const key = `unit-${Math.random()}`;
    for (let i = 0; i < 5; i++) expect((await hitRateLimit(key, rule, `op-${i}`, 1000 + i)).allowed).toBe(true);
    expect((await hitRateLimit(key, rule, "op-2", 2000)).allowed).toBe(true);
    expect((await hitRateLimit(key, rule, "op-new", 2000)).allowed).toBe(false);
  });

  it("takes back one hit, or forgets them all", async () => {
    const key = `unit-${Math.random()}`;
    for (let i = 0; i < 5; i++) expect((await hitRateLimit(key, rule, `op-${i}`, 1000 + i)).allowed).toBe(true);
    expect((await hitRateLimit(key, rule, "op-5", 2000)).allowed).toBe(false);
    await cancelRateLimitHit(key, "op-3");
    expect((await hitRateLimit(key, rule, "op-6", 2000)).allowed).toBe(true);
    expect((await hitRateLimit(key, rule, "op-7", 2000)).allowed).toBe(false);
    await clearRateLimit(key);
    for (let i = 0; i < 5; i++) expect((await hitRateLimit(key, rule, `again-${i}`, 3000)).allowed).toBe(true);
  });
});
