// Where each driver is now: Redis GEO (`drivers:geo`, shared by every instance) plus a
// per-driver key that expires after 30 s; an in-process map when Redis is absent. A position
// older than 30 s is no position: the driver lost signal or stopped the app.
// Freshness is also checked against the stored receive time, so callers (and tests) can pass
// their own clock; the Redis expiry only clears what nobody asks for any more.
// With Redis configured and away, these throw RedisUnavailableError (503): a GPS point is
// refused (the driver app keeps and resends it) and a dispatch job is retried by the queue.
import { getRedis, withRedis } from "@/lib/redis";
import { haversineMeters } from "@/lib/geo/geohash";

export const POSITION_TTL_MS = 30_000;
const GEO_KEY = "drivers:geo";
const positionKey = (driverId: string) => `drivers:pos:${driverId}`;

export interface LatestPosition {
  driverId: string;
  lat: number;
  lng: number;
  heading: number | null;
  recordedAt: Date;
  /** Server time the point arrived: what freshness is measured from. */
  receivedAt: Date;
}

type Stored = Omit<LatestPosition, "recordedAt" | "receivedAt"> & { recordedAt: number; receivedAt: number };

const local = new Map<string, Stored>();

const toStored = (p: LatestPosition): Stored => ({ ...p, recordedAt: p.recordedAt.getTime(), receivedAt: p.receivedAt.getTime() });
const fromStored = (s: Stored): LatestPosition => ({ ...s, recordedAt: new Date(s.recordedAt), receivedAt: new Date(s.receivedAt) });
const isFresh = (s: Stored, now: Date) => now.getTime() - s.receivedAt < POSITION_TTL_MS;

/** What the ingest believes the stored previous position is: its fix time, none, or unknown. */
export type ExpectedPrevious = { recordedAt: number } | null | "unknown";

export type OfferResult =
  | { stored: true }
  /** A point was accepted less than `intervalMs` of device time before this one (or after it). */
  | { stored: false; reason: "throttled" }
  /** The stored previous position is not the expected one: validate against it and offer again. */
  | { stored: false; previous: LatestPosition | null };

// KEYS: position key, GEO set. ARGV: stored JSON, lng, lat, driver id, recordedAt, receivedAt,
// interval ms, TTL ms, expected previous recordedAt ('' none, '?' unknown).
// One round trip that is also a compare-and-set: the caller validated the point against the
// previous position it expected; if another process stored one since, it gets that back.
const OFFER_POSITION = `
local prev = redis.call('GET', KEYS[1])
local prevAt = nil
if prev then
  local p = cjson.decode(prev)
  if tonumber(ARGV[6]) - p.receivedAt < tonumber(ARGV[8]) then prevAt = p.recordedAt else prev = nil end
end
local expected = ARGV[9]
if expected == '?' or (expected == '' and prevAt ~= nil) or (expected ~= '' and tonumber(expected) ~= prevAt) then
  return {2, prev or false}
end
if prevAt ~= nil and prevAt > tonumber(ARGV[5]) - tonumber(ARGV[7]) then return {1} end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[8])
redis.call('GEOADD', KEYS[2], ARGV[2], ARGV[3], ARGV[4])
return {0}`;

type RedisWithOffer = NonNullable<ReturnType<typeof getRedis>> & {
  offerPosition(positionKey: string, geoKey: string, ...args: (string | number)[]): Promise<[number, string | false | null]>;
};

function redisWithOffer(): RedisWithOffer | null {
  const redis = getRedis() as RedisWithOffer | null;
  // Loaded once per connection and run by EVALSHA (ioredis falls back to EVAL after a restart).
  if (redis && !redis.offerPosition) redis.defineCommand("offerPosition", { numberOfKeys: 2, lua: OFFER_POSITION });
  return redis;
}

/**
 * Stores `position` as the driver's latest unless one was accepted less than `intervalMs` of
 * device time before it, atomically, and only if the stored previous position is `expected`.
 */
export async function offerLatestPosition(position: LatestPosition, expected: ExpectedPrevious, intervalMs: number): Promise<OfferResult> {
  const stored = toStored(position);
  const redis = redisWithOffer();
  if (!redis) {
    const prev = local.get(position.driverId);
    const fresh = prev && isFresh(prev, position.receivedAt) ? prev : null;
    if (expected === "unknown" || (expected?.recordedAt ?? null) !== (fresh?.recordedAt ?? null)) return { stored: false, previous: fresh && fromStored(fresh) };
    if (fresh && fresh.recordedAt > stored.recordedAt - intervalMs) return { stored: false, reason: "throttled" };
    local.set(position.driverId, stored);
    return { stored: true };
  }
  const expectedArg = expected === "unknown" ? "?" : expected === null ? "" : expected.recordedAt;
  const [code, previous] = await withRedis(() => redis.offerPosition(
    positionKey(position.driverId),
    GEO_KEY,
    JSON.stringify(stored),
    position.lng,
    position.lat,
    position.driverId,
    stored.recordedAt,
    stored.receivedAt,
    intervalMs,
    POSITION_TTL_MS,
    expectedArg,
  ));
  if (code === 0) return { stored: true };
  if (code === 1) return { stored: false, reason: "throttled" };
  return { stored: false, previous: previous ? fromStored(JSON.parse(previous) as Stored) : null };
}

async function readStored(driverIds: string[]): Promise<(Stored | null)[]> {
  if (driverIds.length === 0) return [];
  const redis = getRedis();
  if (!redis) return driverIds.map((id) => local.get(id) ?? null);
  const values = await withRedis((r) => r.mget(driverIds.map(positionKey)));
  return values.map((value) => (value ? (JSON.parse(value) as Stored) : null));
}

/** The driver's position if one arrived in the last 30 s, else null. */
export async function getLatestPosition(driverId: string, now = new Date()): Promise<LatestPosition | null> {
  const [stored] = await readStored([driverId]);
  return stored && isFresh(stored, now) ? fromStored(stored) : null;
}

/** Drivers with a fresh position within `radiusMeters`, nearest first. */
export async function nearbyDrivers(lat: number, lng: number, radiusMeters: number, now = new Date()): Promise<(LatestPosition & { distanceMeters: number })[]> {
  const redis = getRedis();
  let candidates: { driverId: string; distanceMeters: number }[];
  if (redis) {
    const rows = (await withRedis((r) => r.geosearch(GEO_KEY, "FROMLONLAT", lng, lat, "BYRADIUS", radiusMeters, "m", "ASC", "WITHDIST"))) as [string, string][];
    candidates = rows.map(([driverId, distance]) => ({ driverId, distanceMeters: Number(distance) }));
  } else {
    candidates = [...local.values()]
      .map((s) => ({ driverId: s.driverId, distanceMeters: haversineMeters({ lat, lng }, s) }))
      .filter((c) => c.distanceMeters <= radiusMeters)
      .sort((a, b) => a.distanceMeters - b.distanceMeters);
  }
  const stored = await readStored(candidates.map((c) => c.driverId));
  const fresh: (LatestPosition & { distanceMeters: number })[] = [];
  const expired: string[] = [];
  candidates.forEach((candidate, i) => {
    const s = stored[i];
    if (s && isFresh(s, now)) fresh.push({ ...fromStored(s), distanceMeters: candidate.distanceMeters });
    // Stale in memory, or gone from Redis (a member still in Redis's set waits for its key).
    else if (!s || !redis) expired.push(candidate.driverId);
  });
  // GEO members have no expiry of their own: drop those whose position key has expired.
  if (expired.length > 0) {
    if (redis) await withRedis((r) => r.zrem(GEO_KEY, ...expired));
    else for (const id of expired) local.delete(id);
  }
  return fresh;
}
