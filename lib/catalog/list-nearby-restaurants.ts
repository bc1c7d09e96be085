// Browse near a point from the outlets kept in memory per cell (browse-cells.ts): the same
// rows, order and open state the database query gives (list-restaurants.ts), computed here.
// Distances use the SQL's haversine from the customer's exact point; the radius box, filters
// and sort keys (ties settled by id, as uuids compare) are the SQL's too, so a cursor from
// either resumes in the other. Only the rows a page examines get their open state computed.
import { Prisma } from "@/lib/generated/prisma/client";
import { boundingBox } from "@/lib/catalog/bounding-box";
import { cellsKept, cellsOf, readCells, type CellOutlets, type ListedOutlet } from "@/lib/catalog/browse-cells";
import { byId, deliveryMinutes, distanceMeters, nearestInCell, orderabilityOf, RADIANS } from "@/lib/catalog/kept-outlet-math";
import type { Origin } from "@/lib/catalog/catalog-sql";
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

/** The page source for collectPage, or null when cells are not kept now or the radius covers too many of them. */
export async function nearbyBatches(q: NearbyQuery, now: Date): Promise<{ keys: SortKey[]; fetch: FetchBatch } | null> {
  const box = boundingBox(q.origin.lat, q.origin.lng, q.radiusMeters);
  const range = cellsOf(box);
  if (!range || !cellsKept()) return null;
  const cosOrigin = Math.cos(q.origin.lat * RADIANS);
  // Nearest cells first: nearest-first pages (the home page's) stop reading cells once no
  // farther cell can hold a nearer outlet than the page's last.
  const cells = (await readCells(range, now))
    .map((cell) => ({ cell, nearest: nearestInCell(q.origin, cosOrigin, cell) }))
    .filter(({ nearest }) => nearest <= q.radiusMeters)
    .sort((a, b) => a.nearest - b.nearest);

  // Candidates in parallel arrays: a request ranks hundreds, and a key array and an object per
  // candidate made garbage collection a third of its CPU (--cpu-prof).
  const outlets: ListedOutlet[] = [];
  const ids: string[] = [];
  const distances: number[] = [];
  const minutes: number[] = [];
  let read = 0;
  const readCell = ({ outlets: inCell }: CellOutlets) => {
    for (const outlet of inCell) {
      if (outlet.lat < box.minLat || outlet.lat > box.maxLat || outlet.lng < box.minLng || outlet.lng > box.maxLng) continue;
      if (q.price !== undefined && outlet.priceLevel > q.price) continue;
      if (q.cuisine.length && !outlet.cuisinesLower.some((c) => q.cuisine.includes(c))) continue;
      if (q.diet.length && !q.diet.every((t) => outlet.dietaryTagsLower.includes(t))) continue;
      const distance = distanceMeters(q.origin, cosOrigin, outlet.lat, outlet.lng, outlet.cosLat);
      if (distance > q.radiusMeters) continue;
      outlets.push(outlet);
      ids.push(outlet.id);
      distances.push(distance);
      minutes.push(q.sort === "delivery_time" ? deliveryMinutes(outlet, distance, now) : 0);
    }
  };

  // Index comparisons in the sort keys' order (sortKeys: [rating desc | minutes]?, distance, id),
  // against another candidate and against a cursor's key.
  const nearer = (a: number, b: number) => distances[a]! - distances[b]! || byId(ids[a]!, ids[b]!);
  const nearerThanKey = (i: number, d: number, id: string) => distances[i]! - d || byId(ids[i]!, id);
  const [before, beforeKey]: [(a: number, b: number) => number, (i: number, key: CursorKey) => number] =
    q.sort === "distance"
      ? [nearer, (i, key) => nearerThanKey(i, key[0] as number, key[1] as string)]
      : q.sort === "delivery_time"
        ? [(a, b) => minutes[a]! - minutes[b]! || nearer(a, b), (i, key) => minutes[i]! - (key[0] as number) || nearerThanKey(i, key[1] as number, key[2] as string)]
        : [(a, b) => outlets[b]!.rating - outlets[a]!.rating || nearer(a, b), (i, key) => (key[0] as number) - outlets[i]!.rating || nearerThanKey(i, key[1] as number, key[2] as string)];

  /** The first `take` candidates read so far after the cursor, without sorting them all: a page wants 25 of hundreds. */
  const select = (after: CursorKey | null, take: number) => {
    const best: number[] = [];
    for (let i = 0; i < outlets.length; i++) {
      if (after && beforeKey(i, after) <= 0) continue;
      if (best.length === take && before(i, best[take - 1]!) >= 0) continue;
      let at = best.length === take ? take - 1 : best.length;
      while (at > 0 && before(i, best[at - 1]!) < 0) {
        best[at] = best[at - 1]!;
        at -= 1;
      }
      best[at] = i;
    }
    return best;
  };

  const pageOf = (after: CursorKey | null, take: number) => {
    if (q.sort !== "distance") {
      while (read < cells.length) readCell(cells[read++]!.cell);
      return select(after, take);
    }
    // Read cells in rounds (1, 2, 4… more) until the page is full and the next cell is farther than its last row.
    for (let round = 1; ; round *= 2) {
      const best = select(after, take);
      if (read === cells.length) return best;
      if (best.length === take && cells[read]!.nearest > distances[best[take - 1]!]!) return best;
      for (const stop = Math.min(cells.length, read + round); read < stop; ) readCell(cells[read++]!.cell);
    }
  };

  const rowAt = (i: number): Row => {
    const { hours: _h, cuisinesLower: _c, dietaryTagsLower: _d, cosLat: _l, nameTrigrams: _t, ...row } = outlets[i]!;
    return { ...row, distance: distances[i]!, deliveryMinutes: q.sort === "delivery_time" ? minutes[i]! : deliveryMinutes(outlets[i]!, distances[i]!, now) };
  };
  return {
    // The SQL fragments of the keys are not used here: only their order and the cursor's shape.
    keys: sortKeys(q.sort, Prisma.empty, Prisma.empty),
    fetch: (after, take) => Promise.resolve(pageOf(after, take).map((i) => ({ row: rowAt(i), orderability: orderabilityOf(outlets[i]!, now) }))),
  };
}
