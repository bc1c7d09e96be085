// Cache-aside for hot reads (menus). Redis when configured, shared by every web instance, with
// a near copy in each process kept honest by invalidation messages (near-cache.ts); otherwise
// a small in-process map (single node). Writers call `invalidate` after commit, so a change is
// visible on the next read; the TTL only bounds damage from a lost invalidation.
// A Redis outage never fails a read (it goes to the database) nor a write that already
// committed (its invalidation is retried once Redis answers again).
import { getRedis, RedisUnavailableError, withRedis } from "@/lib/redis";
import { logger } from "@/lib/logger";
import { forgetNear, nearGet, nearKeep, publishInvalidation, type NearReadToken } from "./near-cache";

// One map per process, kept on globalThis: Next.js bundles route handlers and server
// components separately, so a module-level map would exist once per bundle, and an
// invalidation from an API route (a staff change) would never reach the pages' copy.
const shared = globalThis as unknown as {
  swiftEatsLocalCache?: Map<string, { expires: number; value: string }>;
  swiftEatsUnconfirmedInvalidations?: Set<string>;
};
const local = (shared.swiftEatsLocalCache ??= new Map());
const MAX_LOCAL_ENTRIES = 5000;
// Keys whose invalidation Redis did not take (it was away): dropped before this process reads
// them again and with its next invalidation, so an entry written before the outage is not
// served after it. Another instance may still read it until the TTL: that is the bound.
const unconfirmed = (shared.swiftEatsUnconfirmedInvalidations ??= new Set());

export async function getOrLoad<T>(key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
  let loaded: { value: T } | undefined;
  const text = await getOrLoadText(key, ttlMs, async () => {
    loaded = { value: await load() };
    return JSON.stringify(loaded.value);
  });
  return loaded ? loaded.value : (JSON.parse(text) as T);
}

/**
 * `getOrLoad` for a value kept as text exactly as it will be served: a hot read answers the
 * stored string without parsing and re-serialising it (the customer menu, get-menu.ts).
 */
export async function getOrLoadText(key: string, ttlMs: number, load: () => Promise<string>): Promise<string> {
  const redis = getRedis();
  let near: NearReadToken | null = null;
  try {
    if (redis && unconfirmed.has(key)) await dropFromRedis([key]);
    if (redis && !unconfirmed.has(key)) {
      const copy = nearGet(redis, key);
      if ("value" in copy) return copy.value;
      near = copy.token;
    }
    const hit = redis ? await withRedis((r) => r.get(`cache:${key}`)) : localGet(key);
    if (hit !== null && hit !== undefined) {
      nearKeep(near, hit, ttlMs);
      return hit;
    }
  } catch (error) {
    // A cache outage must not take reads down: serve from the database, and do not write back.
    logger.warn("cache read failed", { key, error: reasonOf(error) });
    return load();
  }
  const text = await load();
  try {
    if (redis) {
      await withRedis((r) => r.set(`cache:${key}`, text, "PX", ttlMs));
      nearKeep(near, text, ttlMs);
    } else localSet(key, text, ttlMs);
  } catch (error) {
    logger.warn("cache write failed", { key, error: reasonOf(error) });
  }
  return text;
}

/** Drops `keys` and every earlier unconfirmed key from Redis; throws while Redis is away. */
async function dropFromRedis(keys: string[]) {
  const all = [...new Set([...unconfirmed, ...keys])];
  try {
    await withRedis((r) => r.del(...all.map((k) => `cache:${k}`)));
    for (const key of all) unconfirmed.delete(key);
  } catch (error) {
    for (const key of keys) unconfirmed.add(key);
    throw error;
  }
}

/** Never throws: callers run it after their transaction committed, when failing would leave the work half-done. */
export async function invalidate(...keys: string[]) {
  for (const key of keys) local.delete(key);
  const redis = getRedis();
  if (!redis || !keys.length) return;
  forgetNear(keys);
  try {
    await dropFromRedis(keys);
    await withRedis((r) => publishInvalidation(r, keys));
  } catch (error) {
    logger.warn("cache invalidation failed; retried before the next read of these keys", { keys, error: reasonOf(error) });
  }
}

/** An outage is expected and told in one line; anything else keeps its stack. */
const reasonOf = (error: unknown) => (error instanceof RedisUnavailableError ? error.message : error);

function localGet(key: string): string | null {
  const entry = local.get(key);
  if (!entry) return null;
  if (entry.expires < Date.now()) {
    local.delete(key);
    return null;
  }
  return entry.value;
}

function localSet(key: string, value: string, ttlMs: number) {
  if (local.size >= MAX_LOCAL_ENTRIES) local.delete(local.keys().next().value!);
  local.set(key, { expires: Date.now() + ttlMs, value });
}
