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

export async function setLatestPosition(position: LatestPosition): Promise<void> {
  const redis = getRedis();
  const stored = toStored(position);
  if (!redis) {
    local.set(position.driverId, stored);
    return;
  }
  await withRedis((r) =>
    r
      .multi()
      .set(positionKey(position.driverId), JSON.stringify(stored), "PX", POSITION_TTL_MS)
      .geoadd(GEO_KEY, position.lng, position.lat, position.driverId)
      .exec(),
  );
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
