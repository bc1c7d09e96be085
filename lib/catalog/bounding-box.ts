// A lat/lng rectangle holding every point within a radius of a centre. It is the cheap
// prefilter the (lat, lng) index can serve; exact haversine distances are computed only
// for the rows inside it.

export interface BoundingBox {
  minLat: number;
  maxLat: number;
  minLng: number;
  maxLng: number;
}

/** The same mean radius the SQL haversine uses, so box and circle agree. */
export const EARTH_RADIUS_METERS = 6_371_008.8;

export function boundingBox(lat: number, lng: number, radiusMeters: number): BoundingBox {
  const angular = radiusMeters / EARTH_RADIUS_METERS;
  const deg = 180 / Math.PI;
  const minLat = lat - angular * deg;
  const maxLat = lat + angular * deg;
  // The widest longitude span of a circle is at its tangent points: asin(sin r / cos lat).
  // A circle around a pole, or one crossing the antimeridian, spans every longitude; those
  // places have no restaurants worth a cleverer box.
  const ratio = Math.sin(angular) / Math.cos(lat / deg);
  if (minLat <= -90 || maxLat >= 90 || ratio >= 1) {
    return { minLat: Math.max(minLat, -90), maxLat: Math.min(maxLat, 90), minLng: -180, maxLng: 180 };
  }
  const dLng = Math.asin(ratio) * deg;
  if (lng - dLng < -180 || lng + dLng > 180) return { minLat, maxLat, minLng: -180, maxLng: 180 };
  return { minLat, maxLat, minLng: lng - dLng, maxLng: lng + dLng };
}
