// What browse and search compute per request from an outlet kept in memory (browse-cells.ts),
// as their SQL computes it: the haversine distance, the delivery estimate, the open state.
import { CELL_DEGREES, type CellOutlets, type ListedOutlet } from "@/lib/catalog/browse-cells";
import { EARTH_RADIUS_METERS } from "@/lib/catalog/bounding-box";
import { COURIER_METERS_PER_MINUTE, HANDOVER_MINUTES, type Origin } from "@/lib/catalog/catalog-sql";
import { effectiveStatus, outletOrderability, sameLiveWindow, type Orderability } from "@/lib/catalog/outlet-orderability";

export const RADIANS = Math.PI / 180;

/** Ids in PostgreSQL's uuid order (bytes, as their lower-case hex compares). */
export const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** deliveryMinutesSql in JavaScript. */
export function deliveryMinutes(outlet: ListedOutlet, distance: number, now: Date): number {
  const busy = effectiveStatus(outlet, now) === "BUSY" ? outlet.busyExtraMinutes : 0;
  return outlet.avgPrepMinutes + busy + Math.ceil(distance / COURIER_METERS_PER_MINUTE) + HANDOVER_MINUTES;
}

// The last open state computed for each kept outlet, reused while it cannot have changed
// (sameLiveWindow): opening hours cost tens of microseconds an outlet, a page lists 25.
const lastOrderability = new WeakMap<ListedOutlet, { at: number; value: Orderability }>();

export function orderabilityOf(outlet: ListedOutlet, now: Date): Orderability {
  const at = now.getTime();
  const last = lastOrderability.get(outlet);
  if (last && sameLiveWindow(last.at, at, outlet.statusUntil)) return last.value;
  const value = outletOrderability(outlet, outlet.hours, now);
  lastOrderability.set(outlet, { at, value });
  return value;
}

/** distanceMetersSql in JavaScript, term by term and in its order (cos(lat) given, as kept per outlet). */
export function distanceMeters(origin: Origin, cosOrigin: number, lat: number, lng: number, cosLat: number): number {
  const a = Math.sin(((lat - origin.lat) * RADIANS) / 2) ** 2 + cosOrigin * cosLat * Math.sin(((lng - origin.lng) * RADIANS) / 2) ** 2;
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * At most the distance from `origin` to any point of the cell: to its point nearest in degrees,
 * with a margin for that not being quite the nearest on the sphere (a second-order difference
 * over a cell's few kilometres).
 */
export function nearestInCell(origin: Origin, cosOrigin: number, cell: Pick<CellOutlets, "south" | "west">): number {
  const lat = Math.min(Math.max(origin.lat, cell.south), cell.south + CELL_DEGREES);
  const lng = Math.min(Math.max(origin.lng, cell.west), cell.west + CELL_DEGREES);
  return distanceMeters(origin, cosOrigin, lat, lng, Math.cos(lat * RADIANS)) * 0.99 - 1;
}
