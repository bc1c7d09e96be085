// Cache-aside for hot reads (menus). Redis when configured, shared by every web instance;
// otherwise a small in-process map (single node). Writers call `invalidate` after commit,
// so a change is visible on the next read; the TTL only bounds damage from a lost invalidation.
import { getRedis } from "@/lib/redis";
import { logger } from "@/lib/logger";

// One map per process, kept on globalThis: Next.js bundles route handlers and server
// components separately, so a module-level map would exist once per bundle, and an
// invalidation from an API route (a staff change) would never reach the pages' copy.
const shared = globalThis as unknown as { swiftEatsLocalCache?: Map<string, { expires: number; value: string }> };
const local = (shared.swiftEatsLocalCache ??= new Map());
const MAX_LOCAL_ENTRIES = 5000;

export async function getOrLoad<T>(key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
  const redis = getRedis();
  try {
    const hit = redis ? await redis.get(`cache:${key}`) : localGet(key);
    if (hit !== null && hit !== undefined) return JSON.parse(hit) as T;
  } catch (error) {
    // A cache outage must not take reads down: fall through to the database.
    logger.warn("cache read failed", { key, error });
  }
  const value = await load();
  const json = JSON.stringify(value);
  try {
    if (redis) await redis.set(`cache:${key}`, json, "PX", ttlMs);
    else localSet(key, json, ttlMs);
  } catch (error) {
    logger.warn("cache write failed", { key, error });
  }
  return value;
}

export async function invalidate(...keys: string[]) {
  const redis = getRedis();
  for (const key of keys) local.delete(key);
  if (redis && keys.length) await redis.del(...keys.map((k) => `cache:${k}`));
}

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
