// SQL fragments browse and search share, over `restaurants` aliased as `r` (positions may be
// read from another alias with lat and lng columns). Distances are great-circle (haversine)
// in meters; the box check in front of them lets a (lat, lng) index pick the rows first.
import { Prisma } from "@/lib/generated/prisma/client";
import { boundingBox, EARTH_RADIUS_METERS } from "@/lib/catalog/bounding-box";

export interface Origin {
  lat: number;
  lng: number;
}

/** A courier at ~15 km/h covers 250 m a minute; hand-over takes about 5 minutes. */
export const COURIER_METERS_PER_MINUTE = 250;
export const HANDOVER_MINUTES = 5;

type Alias = "r" | "d";

export function distanceMetersSql({ lat, lng }: Origin, alias: Alias = "r"): Prisma.Sql {
  const t = Prisma.raw(alias);
  return Prisma.sql`(2 * ${EARTH_RADIUS_METERS}::float8 * asin(least(1, sqrt(
    power(sin(radians(${t}.lat - ${lat}::float8) / 2), 2)
    + cos(radians(${lat}::float8)) * cos(radians(${t}.lat)) * power(sin(radians(${t}.lng - ${lng}::float8) / 2), 2)))))`;
}

/** True for rows inside the box around `origin` and within `radiusMeters` of it. */
export function withinRadiusSql(origin: Origin, radiusMeters: number, distance: Prisma.Sql, alias: Alias = "r"): Prisma.Sql {
  const box = boundingBox(origin.lat, origin.lng, radiusMeters);
  const t = Prisma.raw(alias);
  return Prisma.sql`${t}.lat BETWEEN ${box.minLat}::float8 AND ${box.maxLat}::float8
    AND ${t}.lng BETWEEN ${box.minLng}::float8 AND ${box.maxLng}::float8
    AND ${distance} <= ${radiusMeters}::float8`;
}

/**
 * Estimated minutes from ordering to the door: prep (plus the busy surcharge while a busy
 * status lasts, as outletOrderability counts it) + travel + hand-over. Computed in SQL so
 * `sort=delivery_time` can order and page by exactly the value the client sees.
 */
export function deliveryMinutesSql(distance: Prisma.Sql, now: Date): Prisma.Sql {
  return Prisma.sql`(r.avg_prep_minutes
    + CASE WHEN r.declared_status = 'BUSY' AND (r.status_until IS NULL OR r.status_until > ${now}::timestamptz)
           THEN r.busy_extra_minutes ELSE 0 END
    + ceil(${distance} / ${COURIER_METERS_PER_MINUTE}::float8)::int + ${HANDOVER_MINUTES}::int)`;
}
