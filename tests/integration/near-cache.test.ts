// The near copy of cached texts (lib/cache/near-cache.ts) against real Redis: a read served
// from it costs no Redis round trip, an invalidation published by another instance drops it at
// once, and a broken subscription drops every copy (messages may have been lost meanwhile).
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getOrLoadText, invalidate } from "@/lib/cache/cache";
import { invalidationChannel } from "@/lib/cache/near-cache";

const url = process.env.REDIS_URL;
// Under the near copy's 5 s TTL: what these tests see within it was caused by a message or a
// broken subscription, not by the copy expiring.
const BEFORE_EXPIRY = { timeout: 4_000 };

describe.skipIf(!url)("near cache in front of Redis", () => {
  let other: Redis; // Another instance's view of the same Redis.

  beforeAll(() => {
    other = new Redis(url!);
  });
  afterAll(async () => {
    await other.quit();
  });

  /** Reads until the near copy holds `key` (the subscription is confirmed after the first read). */
  async function readUntilNear(key: string, load: () => Promise<string>) {
    await expect
      .poll(async () => {
        await getOrLoadText(key, 60_000, load);
        await other.set(`cache:${key}`, "changed behind its back", "KEEPTTL");
        const seen = await getOrLoadText(key, 60_000, load);
        await other.set(`cache:${key}`, "stored", "KEEPTTL");
        return seen;
      }, { timeout: 10_000 })
      .toBe("stored");
  }

  it("serves a hit from the process without asking Redis, until another instance publishes an invalidation", async () => {
    const key = `near-test:${randomUUID()}`;
    const load = async () => "stored";
    await readUntilNear(key, load);

    // Redis now holds something else: the near copy still answers (no round trip made).
    await other.set(`cache:${key}`, "newer", "KEEPTTL");
    expect(await getOrLoadText(key, 60_000, load)).toBe("stored");

    // Another instance's writer: DEL, then the message. The next read here goes to Redis.
    await other.del(`cache:${key}`);
    await other.publish(invalidationChannel(other), JSON.stringify([key]));
    await expect.poll(() => getOrLoadText(key, 60_000, async () => "reloaded"), BEFORE_EXPIRY).toBe("reloaded");
  });

  it("invalidate() here drops the copy here and in Redis at once", async () => {
    const key = `near-test:${randomUUID()}`;
    await readUntilNear(key, async () => "stored");
    await invalidate(key);
    expect(await getOrLoadText(key, 60_000, async () => "after the change")).toBe("after the change");
  });

  it("drops every copy when its subscription breaks, and keeps none until it is back", async () => {
    const key = `near-test:${randomUUID()}`;
    await readUntilNear(key, async () => "stored");
    await other.set(`cache:${key}`, "changed while the subscription was down", "KEEPTTL");

    const clients = (await other.client("LIST")) as string;
    const id = clients.split("\n").find((line) => line.includes(`name=swifteats-near-cache-${process.pid} `))?.match(/\bid=(\d+)/)?.[1];
    expect(id, "the near cache's subscriber connection").toBeTruthy();
    await other.client("KILL", "ID", id!);

    // A lost message cannot leave the old copy in use: the next reads see Redis.
    await expect.poll(() => getOrLoadText(key, 60_000, async () => "unused"), BEFORE_EXPIRY).toBe("changed while the subscription was down");
  });
});
