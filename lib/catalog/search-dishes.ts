// The dishes search shows under each outlet: its best few matching any of the query words,
// with whether they can be ordered. Near a point they are kept per (query, outlet) under the
// outlet's cell and dropped with its notices: a dish added, edited, archived, 86'd or sold out
// (its inventory reaching zero, or refilled) announces the cell (migration
// 20261204190000_search_cell_notices); kept only while notices are heard.
import type { Db } from "@/lib/db/client";
import { prisma } from "@/lib/db/client";
import { cellIndex, cellKey, marksOf, unchangedSince } from "@/lib/catalog/cell-notices";
import { keptPerCell } from "@/lib/catalog/kept-per-cell";

const DISHES_PER_RESTAURANT = 3;
const DISHES_TTL_MS = 10 * 60_000;
/** (query, outlet) pairs kept per process (a page's outlets each): the oldest cells go first. */
const MAX_KEPT = 100_000;

export interface DishRow {
  restaurantId: string;
  id: string;
  name: string;
  priceCents: number;
  /** Staff 86'd it or it sold out: still found, shown as unavailable. */
  available: boolean;
}

/** The best few dishes of each outlet that match `tsquery`, read from `db`. */
export async function findDishes(db: Db, tsquery: string, restaurantIds: string[]): Promise<Map<string, DishRow[]>> {
  const rows = await db.$queryRaw<DishRow[]>`
    SELECT i.restaurant_id AS "restaurantId", i.id, i.name, i.price_cents AS "priceCents",
           (i.in_stock AND (inv.quantity IS NULL OR inv.quantity > 0)) AS available
    FROM food_items i
    LEFT JOIN inventory inv ON inv.item_id = i.id
    CROSS JOIN LATERAL (SELECT to_tsvector('simple', search_normalize(concat_ws(' ', i.name, array_to_string(i.tags, ' ')))) AS v) x
    CROSS JOIN (SELECT to_tsquery('simple', ${tsquery}) AS tsq) q
    WHERE i.restaurant_id = ANY(${restaurantIds}::uuid[]) AND i.archived_at IS NULL AND x.v @@ q.tsq
    ORDER BY i.restaurant_id, ts_rank(x.v, q.tsq) DESC, i.position, i.id`;
  const dishes = new Map<string, DishRow[]>();
  for (const row of rows) {
    const list = dishes.get(row.restaurantId) ?? [];
    if (list.length < DISHES_PER_RESTAURANT) dishes.set(row.restaurantId, [...list, row]);
  }
  return dishes;
}

/** cell key → `${tsquery} ${outlet id}` → dishes. */
const kept = keptPerCell<DishRow[]>("search-dishes", DISHES_TTL_MS, MAX_KEPT);

/** findDishes for outlets kept in memory (their position names their cell), from memory where kept. */
export async function keptDishes(tsquery: string, outlets: readonly { id: string; lat: number; lng: number }[], now: number): Promise<Map<string, DishRow[]>> {
  const found = new Map<string, DishRow[]>();
  const missing: { id: string; cell: string }[] = [];
  for (const outlet of outlets) {
    const cell = cellKey(cellIndex(outlet.lat), cellIndex(outlet.lng));
    const dishes = kept.get(cell, `${tsquery} ${outlet.id}`, now);
    if (dishes) found.set(outlet.id, dishes);
    else missing.push({ id: outlet.id, cell });
  }
  if (missing.length === 0) return found;
  const keys = missing.map((m) => m.cell);
  const marks = marksOf(keys);
  // From the primary: reloaded after a notice, it must not come from a replica behind it.
  const loaded = await findDishes(prisma, tsquery, missing.map((m) => m.id));
  missing.forEach(({ id, cell }, n) => {
    const dishes = loaded.get(id) ?? [];
    found.set(id, dishes);
    if (unchangedSince(marks, keys, n)) kept.set(cell, `${tsquery} ${id}`, dishes, now);
  });
  return found;
}
