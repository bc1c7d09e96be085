// Browse near a point from the outlets kept in memory per cell (browse-cells.ts): the same
// rows, order and open state the database query gives (list-restaurants.ts), computed here.
// Distances use the SQL's haversine from the customer's exact point; the radius box, filters
// and sort keys (ties settled by id, as uuids compare) are the SQL's too, so a cursor from
// either resumes in the other. Only the rows a page examines get their open state computed.
import { Prisma } from "@/lib/generated/prisma/client";
import { boundingBox, EARTH_RADIUS_METERS } from "@/lib/catalog/bounding-box";
import { cellsOf, readCells, type ListedOutlet } from "@/lib/catalog/browse-cells";
import { COURIER_METERS_PER_MINUTE, HANDOVER_MINUTES, type Origin } from "@/lib/catalog/catalog-sql";
import { effectiveStatus, outletOrderability } from "@/lib/catalog/outlet-orderability";
import { sortKeys, type FetchBatch, type Row, type Sort, type SortKey } from "@/lib/catalog/list-restaurants";
import type { CursorKey } from "@/lib/catalog/browse-cursor";

export interface NearbyQuery {
  origin: Origin;
  radiusMeters: number;
  cuisine: string[];
  diet: string[];
  price: number | undefined;
  sort: Sort;
}

const RADIANS = Math.PI / 180;

/** distanceMetersSql in JavaScript, term by term. */
function distanceMeters(origin: Origin, lat: number, lng: number): number {
  const a = Math.sin(((lat - origin.lat) * RADIANS) / 2) ** 2 + Math.cos(origin.lat * RADIANS) * Math.cos(lat * RADIANS) * Math.sin(((lng - origin.lng) * RADIANS) / 2) ** 2;
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** deliveryMinutesSql in JavaScript. */
function deliveryMinutes(outlet: ListedOutlet, distance: number, now: Date): number {
  const busy = effectiveStatus(outlet, now) === "BUSY" ? outlet.busyExtraMinutes : 0;
  return outlet.avgPrepMinutes + busy + Math.ceil(distance / COURIER_METERS_PER_MINUTE) + HANDOVER_MINUTES;
}

interface Candidate {
  outlet: ListedOutlet;
  distance: number;
  deliveryMinutes: number;
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sort order on the cursor key's values: [rating desc | minutes asc]?, distance asc, id asc. */
function compareKeys(keys: SortKey[], a: CursorKey, b: CursorKey): number {
  for (let i = 0; i < keys.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    const order = typeof x === "string" ? byId(x, y as string) : x - (y as number);
    if (order !== 0) return keys[i]!.descending ? -order : order;
  }
  return 0;
}

function toRow({ outlet, distance, deliveryMinutes }: Candidate): Row {
  const { hours: _h, cuisinesLower: _c, dietaryTagsLower: _d, ...row } = outlet;
  return { ...row, distance, deliveryMinutes };
}

/** The page source for collectPage, or null when the radius covers too many cells to read from memory. */
export async function nearbyBatches(q: NearbyQuery, now: Date): Promise<{ keys: SortKey[]; fetch: FetchBatch } | null> {
  const box = boundingBox(q.origin.lat, q.origin.lng, q.radiusMeters);
  const cells = cellsOf(box);
  if (!cells) return null;
  const candidates: Candidate[] = [];
  for (const outlets of await readCells(cells, now)) {
    for (const outlet of outlets) {
      if (outlet.lat < box.minLat || outlet.lat > box.maxLat || outlet.lng < box.minLng || outlet.lng > box.maxLng) continue;
      if (q.price !== undefined && outlet.priceLevel > q.price) continue;
      if (q.cuisine.length && !outlet.cuisinesLower.some((c) => q.cuisine.includes(c))) continue;
      if (q.diet.length && !q.diet.every((t) => outlet.dietaryTagsLower.includes(t))) continue;
      const distance = distanceMeters(q.origin, outlet.lat, outlet.lng);
      if (distance > q.radiusMeters) continue;
      candidates.push({ outlet, distance, deliveryMinutes: deliveryMinutes(outlet, distance, now) });
    }
  }
  // The SQL fragments of the keys are not used here: only their values, order and cursor shape.
  const keys = sortKeys(q.sort, Prisma.empty, Prisma.empty);
  const keyOf = (c: Candidate) => keys.map((k) => k.value(toKeyRow(c)));
  const sorted = candidates
    .map((candidate) => ({ candidate, key: keyOf(candidate) }))
    .sort((a, b) => compareKeys(keys, a.key, b.key));
  return {
    keys,
    fetch: (after, take) => {
      let start = 0;
      if (after) {
        // The first row strictly after the cursor: binary search over the sorted keys.
        let high = sorted.length;
        while (start < high) {
          const middle = (start + high) >> 1;
          if (compareKeys(keys, sorted[middle]!.key, after) <= 0) start = middle + 1;
          else high = middle;
        }
      }
      return Promise.resolve(
        sorted.slice(start, start + take).map(({ candidate }) => ({
          row: toRow(candidate),
          orderability: outletOrderability(candidate.outlet, candidate.outlet.hours, now),
        })),
      );
    },
  };
}

/** What the sort keys read: the key values only, without building the whole row. */
const toKeyRow = (c: Candidate) => ({ id: c.outlet.id, rating: c.outlet.rating, distance: c.distance, deliveryMinutes: c.deliveryMinutes }) as Row;
