// Drivers who could take an order from this restaurant: AVAILABLE, with a position received
// in the last 30 s, within the dispatch radius, without an open offer, nearest first.
// With Redis the live positions come from its GEO index (lib/tracking/latest-positions.ts,
// shared by every process); without Redis each process only knows its own sockets' points,
// so the worker reads the position every accepted point also writes on the driver row.
import { prisma } from "@/lib/db/client";
import { getRedis } from "@/lib/redis";
import { haversineMeters, type LatLng } from "@/lib/geo/geohash";
import { nearbyDrivers, POSITION_TTL_MS } from "@/lib/tracking/latest-positions";
import type { Candidate } from "@/lib/dispatch/score-candidates";

export interface CandidateQuery {
  radiusMeters: number;
  /** Drivers already asked about this order (declined or let the offer expire). */
  exclude: ReadonlySet<string>;
  limit: number;
  now: Date;
}

const METERS_PER_DEGREE_LAT = 111_195;

async function livePositions(at: LatLng, { radiusMeters, now }: CandidateQuery) {
  if (getRedis()) {
    const nearby = await nearbyDrivers(at.lat, at.lng, radiusMeters, now);
    return nearby.map(({ driverId, lat, lng, distanceMeters }) => ({ driverId, lat, lng, distanceMeters }));
  }
  const dLat = radiusMeters / METERS_PER_DEGREE_LAT;
  const dLng = dLat / Math.max(0.01, Math.cos((at.lat * Math.PI) / 180));
  const rows = await prisma.driver.findMany({
    where: {
      status: "AVAILABLE",
      lastSeenAt: { gt: new Date(now.getTime() - POSITION_TTL_MS) },
      lastLat: { gte: at.lat - dLat, lte: at.lat + dLat },
      lastLng: { gte: at.lng - dLng, lte: at.lng + dLng },
    },
    select: { id: true, lastLat: true, lastLng: true },
  });
  return rows
    .map((row) => ({ driverId: row.id, lat: row.lastLat!, lng: row.lastLng!, distanceMeters: haversineMeters(at, { lat: row.lastLat!, lng: row.lastLng! }) }))
    .filter((p) => p.distanceMeters <= radiusMeters)
    .sort((a, b) => a.distanceMeters - b.distanceMeters);
}

export async function listCandidateDrivers(at: LatLng, query: CandidateQuery): Promise<Candidate[]> {
  const positions = (await livePositions(at, query)).filter((p) => !query.exclude.has(p.driverId));
  // Nearest first, a few times the limit: some of them are busy or hold another offer.
  const nearest = positions.slice(0, query.limit * 4);
  if (nearest.length === 0) return [];
  const drivers = await prisma.driver.findMany({
    where: { id: { in: nearest.map((p) => p.driverId) }, status: "AVAILABLE", offers: { none: { status: "PENDING" } } },
    select: { id: true, vehicle: true, availableSince: true },
  });
  const byId = new Map(drivers.map((d) => [d.id, d]));
  return nearest
    .flatMap((p) => {
      const driver = byId.get(p.driverId);
      return driver ? [{ ...p, vehicle: driver.vehicle, availableSince: driver.availableSince }] : [];
    })
    .slice(0, query.limit);
}
