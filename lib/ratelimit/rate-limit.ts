// Sliding-window rate limits: Redis when configured (shared by every instance), else an
// in-process window (single node). A window is a log of hit times, so "5 per minute"
// means at most 5 hits in any 60 seconds, not 10 across a minute boundary.
import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import { getRedis, RedisUnavailableError, withRedis } from "@/lib/redis";
import { AppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/logger";

export interface RateLimit {
  limit: number;
  windowMs: number;
  /**
   * While Redis is away: "allow" (default) lets the hit through with a warning, for limits
   * that shape load, where refusing would turn a cache outage into a product outage;
   * "refuse" answers 503 with Retry-After, for limits that guard a secret (guessing codes);
   * "local" counts in this process meanwhile, for limits that must hold but whose route must
   * stay up (sign-in, sign-up): each instance then allows up to the limit, still a bound.
   */
  whenRedisDown?: "allow" | "refuse" | "local";
}

export interface RateLimitResult {
  allowed: boolean;
  retryAfterSeconds: number;
}

// KEYS[1] log key; ARGV: now, window, limit, member. Atomic, so racing hits cannot both slip in.
// A member already in the window is the same operation retried: allowed, not counted twice.
const SLIDING_WINDOW = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], 0, tonumber(ARGV[1]) - tonumber(ARGV[2]))
if redis.call('ZSCORE', KEYS[1], ARGV[4]) then return -1 end
local count = redis.call('ZCARD', KEYS[1])
if count < tonumber(ARGV[3]) then
  redis.call('ZADD', KEYS[1], ARGV[1], ARGV[4])
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return -1
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return tonumber(oldest[2]) + tonumber(ARGV[2]) - tonumber(ARGV[1])`;

type RedisWithWindow = Redis & { slidingWindow(key: string, ...args: (string | number)[]): Promise<number> };

/** The client with the script loaded once per connection and run by EVALSHA (ioredis falls back to EVAL after a restart). */
function withSlidingWindow(redis: Redis): RedisWithWindow {
  const loaded = redis as RedisWithWindow;
  if (!loaded.slidingWindow) redis.defineCommand("slidingWindow", { numberOfKeys: 1, lua: SLIDING_WINDOW });
  return loaded;
}

const local = new Map<string, { at: number; member: string }[]>();

function hitLocally(key: string, { limit, windowMs }: RateLimit, now: number, member: string): number {
  const log = (local.get(key) ?? []).filter((hit) => hit.at > now - windowMs);
  local.set(key, log);
  if (log.some((hit) => hit.member === member)) return -1;
  if (log.length < limit) {
    log.push({ at: now, member });
    return -1;
  }
  return log[0]!.at + windowMs - now;
}

async function hitInRedis(key: string, rule: RateLimit, now: number, member: string): Promise<number> {
  try {
    return Number(await withRedis((redis) => withSlidingWindow(redis).slidingWindow(`ratelimit:${key}`, now, rule.windowMs, rule.limit, member)));
  } catch (error) {
    if (!(error instanceof RedisUnavailableError) || rule.whenRedisDown === "refuse") throw error;
    // The key's first part names the rule; the rest (an address, a user) stays out of the log.
    if (rule.whenRedisDown === "local") {
      logger.warn("rate limit counted in this process: redis unavailable", { rule: key.split(":")[0] });
      return hitLocally(key, rule, now, member);
    }
    logger.warn("rate limit not enforced: redis unavailable", { rule: key.split(":")[0] });
    return -1;
  }
}

/**
 * Counts one hit against `key`; returns whether it is allowed and, if not, when to retry.
 * `member` names the operation (e.g. an idempotency key) so its retries count once.
 */
export async function hitRateLimit(key: string, rule: RateLimit, member: string = randomUUID(), now = Date.now()): Promise<RateLimitResult> {
  const waitMs = getRedis() ? await hitInRedis(key, rule, now, member) : hitLocally(key, rule, now, member);
  return waitMs < 0 ? { allowed: true, retryAfterSeconds: 0 } : { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
}

/** Runs a take-back in Redis if there is one; a Redis outage only costs the take-back. */
async function inRedisIfAny(run: (redis: NonNullable<ReturnType<typeof getRedis>>) => Promise<unknown>): Promise<void> {
  if (!getRedis()) return;
  try {
    await withRedis(run);
  } catch (error) {
    if (!(error instanceof RedisUnavailableError)) throw error;
    logger.warn("rate limit take-back skipped: redis unavailable");
  }
}

/** Takes back one counted hit (an attempt that turned out fine, e.g. a correct password). */
export async function cancelRateLimitHit(key: string, member: string): Promise<void> {
  // The local log also holds hits counted while Redis was away ("local" rules).
  local.set(key, (local.get(key) ?? []).filter((hit) => hit.member !== member));
  await inRedisIfAny((redis) => redis.zrem(`ratelimit:${key}`, member));
}

/** Forgets every hit on `key` (an account's failed sign-ins, after a successful one). */
export async function clearRateLimit(key: string): Promise<void> {
  local.delete(key);
  await inRedisIfAny((redis) => redis.del(`ratelimit:${key}`));
}

/** Throws the API's 429 when the limit is reached. */
export async function enforceRateLimit(key: string, rule: RateLimit, message = "Too many requests, slow down", member?: string) {
  const result = await hitRateLimit(key, rule, member);
  if (!result.allowed) {
    throw new AppError(429, message, "rate_limited", undefined, { "Retry-After": String(result.retryAfterSeconds) });
  }
}
