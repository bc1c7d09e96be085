import { Redis } from "ioredis";

const globalForRedis = globalThis as unknown as { redis?: Redis | null };

/** The shared Redis client, or null when REDIS_URL is unset (single-node mode). */
export function getRedis(): Redis | null {
  if (globalForRedis.redis !== undefined) return globalForRedis.redis;
  const url = process.env.REDIS_URL;
  globalForRedis.redis = url ? createRedis(url) : null;
  return globalForRedis.redis;
}

export function createRedis(url: string): Redis {
  // Fail fast instead of queueing commands forever while Redis is away.
  return new Redis(url, { maxRetriesPerRequest: 2, connectTimeout: 2000, enableOfflineQueue: true, lazyConnect: false });
}
