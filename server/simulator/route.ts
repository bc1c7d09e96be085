// Plausible driving paths without a road network: Amsterdam's streets run roughly on a grid,
// so a trip goes along one axis, turns, goes along the other, with a jog or two at random
// corners. Pure (the randomness is passed in), so the simulator is repeatable in tests.
import { haversineMeters, type LatLng } from "@/lib/geo/geohash";

/** Typical city speeds in metres per second (bicycle 15 km/h, scooter 25, car 30). */
export const VEHICLE_SPEED_MPS = { BICYCLE: 4.2, SCOOTER: 7, CAR: 8.3 } as const;
export type Vehicle = keyof typeof VEHICLE_SPEED_MPS;

export interface Route {
  points: LatLng[];
  /** Metres from the start to each point. */
  cumulative: number[];
  length: number;
}

export interface RoutePosition extends LatLng {
  /** Degrees clockwise from north, the direction of travel. */
  heading: number;
  arrived: boolean;
}

export function routeThrough(points: LatLng[]): Route {
  const cumulative = [0];
  for (let i = 1; i < points.length; i++) cumulative.push(cumulative[i - 1]! + haversineMeters(points[i - 1]!, points[i]!));
  return { points, cumulative, length: cumulative.at(-1)! };
}

/** A grid-like path from `from` to `to`: two legs with a jog part-way, never straight across blocks. */
export function planRoute(from: LatLng, to: LatLng, random: () => number): Route {
  const latFirst = random() < 0.5;
  const split = 0.3 + random() * 0.4;
  const dLat = to.lat - from.lat;
  const dLng = to.lng - from.lng;
  const points: LatLng[] = [from];
  if (latFirst) {
    points.push({ lat: from.lat + dLat * split, lng: from.lng });
    points.push({ lat: from.lat + dLat * split, lng: to.lng });
  } else {
    points.push({ lat: from.lat, lng: from.lng + dLng * split });
    points.push({ lat: to.lat, lng: from.lng + dLng * split });
  }
  points.push(to);
  return routeThrough(points);
}

function bearing(a: LatLng, b: LatLng): number {
  const toRad = Math.PI / 180;
  const y = Math.sin((b.lng - a.lng) * toRad) * Math.cos(b.lat * toRad);
  const x = Math.cos(a.lat * toRad) * Math.sin(b.lat * toRad) - Math.sin(a.lat * toRad) * Math.cos(b.lat * toRad) * Math.cos((b.lng - a.lng) * toRad);
  return ((Math.atan2(y, x) / toRad) % 360 + 360) % 360;
}

/** Where a driver is after `meters` along `route` (clamped to its end). */
export function positionAlong(route: Route, meters: number): RoutePosition {
  const { points, cumulative } = route;
  if (points.length === 1 || meters >= route.length) {
    const last = points.at(-1)!;
    const before = points.at(-2) ?? last;
    return { ...last, heading: bearing(before, last), arrived: true };
  }
  const d = Math.max(0, meters);
  let i = 1;
  while (i < points.length - 1 && cumulative[i]! < d) i++;
  const a = points[i - 1]!;
  const b = points[i]!;
  const segment = cumulative[i]! - cumulative[i - 1]!;
  const t = segment > 0 ? (d - cumulative[i - 1]!) / segment : 1;
  return { lat: a.lat + (b.lat - a.lat) * t, lng: a.lng + (b.lng - a.lng) * t, heading: bearing(a, b), arrived: false };
}

/** A random point within `radiusMeters` of `center` (for idle cruising and start positions). */
export function pointNear(center: LatLng, radiusMeters: number, random: () => number): LatLng {
  const r = radiusMeters * Math.sqrt(random());
  const angle = random() * 2 * Math.PI;
  const metersPerDegLat = 111_320;
  return {
    lat: center.lat + (r * Math.cos(angle)) / metersPerDegLat,
    lng: center.lng + (r * Math.sin(angle)) / (metersPerDegLat * Math.cos((center.lat * Math.PI) / 180)),
  };
}
