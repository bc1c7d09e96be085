// The dishes search shows under each outlet: its best few matching any of the query words,
// with whether they can be ordered. Near a point they are kept per (query, outlet) under the
// outlet's cell and dropped with its notices: a dish added, edited, archived, 86'd or sold out
// (its inventory reaching zero, or refilled) announces the cell (migration
// 20261204190000_search_cell_notices); kept only while notices are heard.
import type { Db } from "@/lib/db/client";
import { prisma } from "@/lib/db/client";
import { cellIndex, cellKey, followNotices, marksOf, unchangedSince } from "@/lib/catalog/cell-notices";

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

interface DishesState {
  /** cell key → `${tsquery} ${outlet id}` → dishes; the TTL (per cell, spread) only bounds a loss. */
  cells: Map<string, { expires: number; entries: Map<string, DishRow[]> }>;
  size: number;
}

const shared = globalThis as unknown as { swiftEatsSearchDishes?: DishesState };
const state: DishesState =
  shared.swiftEatsSearchDishes ??
  (() => {
    const created: DishesState = { cells: new Map(), size: 0 };
    followNotices({
      forget: (key) => {
        created.size -= created.cells.get(key)?.entries.size ?? 0;
        created.cells.delete(key);
      },
      forgetAll: () => {
        created.cells.clear();
        created.size = 0;
      },
    });
    return (shared.swiftEatsSearchDishes = created);
  })();

/** findDishes for outlets kept in memory (their position names their cell), from memory where kept. */
export async function keptDishes(tsquery: string, outlets: readonly { id: string; lat: number; lng: number }[], now: number): Promise<Map<string, DishRow[]>> {
  const found = new Map<string, DishRow[]>();
  const missing: { id: string; cell: string }[] = [];
  for (const outlet of outlets) {
    const cell = cellKey(cellIndex(outlet.lat), cellIndex(outlet.lng));
    const kept = state.cells.get(cell);
    const dishes = kept && now < kept.expires ? kept.entries.get(`${tsquery} ${outlet.id}`) : undefined;
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
    if (!unchangedSince(marks, keys, n)) return;
    while (state.size >= MAX_KEPT) {
      const [oldest, { entries }] = state.cells.entries().next().value!;
      state.size -= entries.size;
      state.cells.delete(oldest);
    }
    let kept = state.cells.get(cell);
    if (!kept || now >= kept.expires) {
      state.size -= kept?.entries.size ?? 0;
      state.cells.delete(cell);
      state.cells.set(cell, (kept = { expires: now + DISHES_TTL_MS * (0.75 + Math.random() / 4), entries: new Map() }));
    }
    if (!kept.entries.has(`${tsquery} ${id}`)) state.size += 1;
    kept.entries.set(`${tsquery} ${id}`, dishes);
  });
  return found;
}
