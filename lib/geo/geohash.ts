// Geohash cells key restaurants by area (Restaurant.geoKey, precision 5 ≈ 4.9 × 4.9 km), so
// nearby outlets share a prefix; haversine gives the straight-line distance between points.

export interface LatLng {
  lat: number;
  lng: number;
}

const BASE32 = "0123456789bcdefghjkmnpqrstuvwxyz";
const EARTH_RADIUS_METERS = 6_371_008.8; // IUGG mean radius

/** Standard base32 geohash: bits alternate longitude/latitude, starting with longitude. */
export function encodeGeohash(lat: number, lng: number, precision = 5): string {
  const latRange = [-90, 90];
  const lngRange = [-180, 180];
  let hash = "";
  let bits = 0;
  let bitCount = 0;
  let evenBit = true;
  while (hash.length < precision) {
    const range = evenBit ? lngRange : latRange;
    const value = evenBit ? lng : lat;
    const mid = (range[0]! + range[1]!) / 2;
    bits <<= 1;
    if (value >= mid) {
      bits |= 1;
      range[0] = mid;
    } else {
      range[1] = mid;
    }
    evenBit = !evenBit;
    if (++bitCount === 5) {
      hash += BASE32[bits];
      bits = 0;
      bitCount = 0;
    }
  }
  return hash;
}

/** Great-circle distance on a spherical Earth; within ~0.5% of the ellipsoid, plenty for delivery radii. */
export function haversineMeters(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
}
