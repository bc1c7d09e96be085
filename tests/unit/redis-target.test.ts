// Which Redis the processes use: the Sentinels when REDIS_SENTINELS is set, else REDIS_URL.
import { describe, expect, it } from "vitest";
import { redisTarget } from "@/lib/redis";

describe("redisTarget", () => {
  it("prefers the Sentinels, with the primary's name", () => {
    expect(redisTarget({ REDIS_SENTINELS: "10.0.0.21:26379, sentinel-b:26380", REDIS_SENTINEL_MASTER: "eats", REDIS_URL: "redis://ignored:6379" })).toEqual({
      sentinels: [
        { host: "10.0.0.21", port: 26379 },
        { host: "sentinel-b", port: 26380 },
      ],
      name: "eats",
    });
    expect(redisTarget({ REDIS_SENTINELS: "127.0.0.1:55421" })).toEqual({ sentinels: [{ host: "127.0.0.1", port: 55421 }], name: "swifteats" });
  });

  it("falls back to REDIS_URL, and to nothing (single-node mode)", () => {
    expect(redisTarget({ REDIS_URL: "redis://127.0.0.1:6379" })).toBe("redis://127.0.0.1:6379");
    expect(redisTarget({ REDIS_SENTINELS: "", REDIS_URL: "" })).toBeUndefined();
    expect(redisTarget({})).toBeUndefined();
  });
});
