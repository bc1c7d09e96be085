// Browse near a point reads outlets from memory: each web process keeps the listed outlets of
// every 0.05° cell (about 5.5 × 3.5 km here) it was asked about, with their opening hours, and
// ranks, filters and pages them per request (list-nearby-restaurants.ts). A hit costs no I/O.
// The cell is the location key: a query touches the cells its radius box covers, and cells
// are shared by every point, radius, filter and sort, where a key per query point would load
// the same outlets again for each neighbouring tile.
//
// Kept honest by the database, not by writers: triggers announce on commit the cell of any
// change to what browse shows (outlet row, hours, exceptions, chain name; the migration
// 20261204151500_browse_cell_notices), however it was written, and this process drops that
// cell within the notice's delay (cell-notices.ts). Cells are kept only while the LISTEN
// connection is up (notices are not queued for absent listeners): when it drops, everything is
// forgotten and browse reads the database until it is back. The TTL only bounds an unforeseen
// loss. Search near a point reads its outlets from these cells too (search-cells.ts).
import { prisma } from "@/lib/db/client";
import type { BoundingBox } from "@/lib/catalog/bounding-box";
import { cellIndex, cellKey, CELLS_PER_DEGREE, followNotices, marksOf, noticesHeard, unchangedSince } from "@/lib/catalog/cell-notices";
import { joinLoads } from "@/lib/catalog/join-loads";
import type { OpeningHours } from "@/lib/catalog/opening-hours";
import type { OutletListing } from "@/lib/catalog/list-restaurants";
import { EXCEPTIONS_AFTER_DAYS, EXCEPTIONS_BEFORE_DAYS } from "@/lib/catalog/load-orderability";

/** Notices keep cells current; the TTL (spread, so cells loaded together are not reloaded together) only bounds a loss. */
const CELL_TTL_MS = 10 * 60_000;
/** A box over more cells than this (a huge radius, near a pole) is read from the database. */
export const MAX_CELLS_PER_READ = 1_500;
const MAX_CELLS = 20_000;
const DAY_MS = 86_400_000;

export interface ListedOutlet extends OutletListing {
  hours: OpeningHours;
  /** Lower-cased, for the cuisine and diet filters. */
  cuisinesLower: string[];
  dietaryTagsLower: string[];
  /** cos(lat) of the haversine, as the SQL computes it. */
  cosLat: number;
  /** show_trgm(lower(name)): pg_trgm's own trigrams, for search's name similarity (name-similarity.ts). */
  nameTrigrams: string[];
}

interface CellsState {
  cells: Map<string, { outlets: ListedOutlet[]; expires: number }>;
  /** Cells being read now: a request for one waits for that read rather than starting another. */
  loading: Map<string, Promise<Map<string, ListedOutlet[]>>>;
}

// On globalThis: Next.js bundles route handlers and pages separately; one store per process.
const shared = globalThis as unknown as { swiftEatsBrowseCells?: CellsState };
const state: CellsState =
  shared.swiftEatsBrowseCells ??
  (() => {
    const created: CellsState = { cells: new Map(), loading: new Map() };
    followNotices({ forget: (key) => created.cells.delete(key), forgetAll: () => created.cells.clear() });
    return (shared.swiftEatsBrowseCells = created);
  })();

/**
 * True while cells are kept. Until then (starting, or the LISTEN connection lost) browse reads
 * the database per request: loading a radius's cells for one answer costs more than that.
 */
export function cellsKept(): boolean {
  return noticesHeard();
}

/** The cells a box covers, or null when it covers too many to be worth reading from memory. */
export function cellsOf(box: BoundingBox): { lat: [number, number]; lng: [number, number] } | null {
  const lat: [number, number] = [cellIndex(box.minLat), cellIndex(box.maxLat)];
  const lng: [number, number] = [cellIndex(box.minLng), cellIndex(box.maxLng)];
  return (lat[1] - lat[0] + 1) * (lng[1] - lng[0] + 1) > MAX_CELLS_PER_READ ? null : { lat, lng };
}

export interface CellOutlets {
  /** The cell's south-west corner, in degrees. */
  south: number;
  west: number;
  outlets: ListedOutlet[];
}

/** The cell's size in degrees (both ways). */
export const CELL_DEGREES = 1 / CELLS_PER_DEGREE;

/** Every listed outlet of the cells, cell by cell. */
export async function readCells(cells: NonNullable<ReturnType<typeof cellsOf>>, now: Date): Promise<CellOutlets[]> {
  const found: CellOutlets[] = [];
  const missing: string[] = [];
  const corner = (key: string) => key.split(":").map((n) => Number(n) / CELLS_PER_DEGREE) as [number, number];
  for (let i = cells.lat[0]; i <= cells.lat[1]; i++) {
    for (let j = cells.lng[0]; j <= cells.lng[1]; j++) {
      const key = cellKey(i, j);
      const cell = state.cells.get(key);
      if (cell && now.getTime() < cell.expires) found.push({ south: i / CELLS_PER_DEGREE, west: j / CELLS_PER_DEGREE, outlets: cell.outlets });
      else missing.push(key);
    }
  }
  for (const [key, load] of joinLoads(state.loading, missing, (keys) => readAndKeepCells(keys, now))) {
    const [south, west] = corner(key);
    found.push({ south, west, outlets: (await load).get(key)! });
  }
  return found;
}

async function readAndKeepCells(keys: string[], now: Date): Promise<Map<string, ListedOutlet[]>> {
  const marks = marksOf(keys);
  const indexes = keys.map((key) => key.split(":").map(Number) as [number, number]);
  const lats = indexes.map(([i]) => i);
  const lngs = indexes.map(([, j]) => j);
  const rows = await loadOutlets(
    { minLat: Math.min(...lats) / CELLS_PER_DEGREE, maxLat: (Math.max(...lats) + 1) / CELLS_PER_DEGREE, minLng: Math.min(...lngs) / CELLS_PER_DEGREE, maxLng: (Math.max(...lngs) + 1) / CELLS_PER_DEGREE },
    now,
  );
  const loaded = new Map(keys.map((key) => [key, [] as ListedOutlet[]]));
  for (const outlet of rows) loaded.get(cellKey(cellIndex(outlet.lat), cellIndex(outlet.lng)))?.push(outlet);
  keys.forEach((key, n) => {
    if (!unchangedSince(marks, keys, n)) return;
    if (state.cells.size >= MAX_CELLS) state.cells.delete(state.cells.keys().next().value!);
    state.cells.set(key, { outlets: loaded.get(key)!, expires: now.getTime() + CELL_TTL_MS * (0.75 + Math.random() / 4) });
  });
  return loaded;
}

type OutletRow = Omit<ListedOutlet, "hours" | "cuisinesLower" | "dietaryTagsLower" | "cosLat"> & Pick<OpeningHours, "periods" | "exceptions">;

/**
 * The outlets in a box (a little wider: the caller keeps those of its cells), with hours and
 * the exceptions around today as loadOrderability reads them. From the primary: a cell loaded
 * after a notice must not come from a replica that has not replayed the change yet.
 */
async function loadOutlets(box: BoundingBox, now: Date): Promise<ListedOutlet[]> {
  const margin = 1e-9;
  const exceptionsFrom = new Date(now.getTime() - EXCEPTIONS_BEFORE_DAYS * DAY_MS).toISOString().slice(0, 10);
  const exceptionsTo = new Date(now.getTime() + EXCEPTIONS_AFTER_DAYS * DAY_MS).toISOString().slice(0, 10);
  const rows = await prisma.$queryRaw<OutletRow[]>`
    SELECT r.id, r.name, r.description, coalesce(r.cuisines, '{}') AS cuisines,
           coalesce(r.dietary_tags, '{}') AS "dietaryTags", r.price_level AS "priceLevel", r.rating::float8 AS rating, r.rating_count AS "ratingCount", r.address, r.lat, r.lng,
           r.delivery_fee_cents AS "deliveryFeeCents", r.avg_prep_minutes AS "avgPrepMinutes",
           r.declared_status::text AS "declaredStatus", r.status_until AS "statusUntil",
           r.busy_extra_minutes AS "busyExtraMinutes", r.time_zone AS "timeZone", show_trgm(lower(r.name)) AS "nameTrigrams",
           (SELECT ch.name FROM chains ch WHERE ch.id = r.chain_id) AS "chainName",
           coalesce((SELECT json_agg(json_build_object('dayOfWeek', p.day_of_week, 'opensMinute', p.opens_minute, 'closesMinute', p.closes_minute))
                     FROM opening_periods p WHERE p.restaurant_id = r.id), '[]') AS periods,
           coalesce((SELECT json_agg(json_build_object('date', e.date, 'closed', e.closed, 'opensMinute', e.opens_minute, 'closesMinute', e.closes_minute))
                     FROM opening_exceptions e WHERE e.restaurant_id = r.id AND e.date BETWEEN ${exceptionsFrom}::date AND ${exceptionsTo}::date), '[]') AS exceptions
    FROM restaurants r
    WHERE r.lat BETWEEN ${box.minLat - margin}::float8 AND ${box.maxLat + margin}::float8
      AND r.lng BETWEEN ${box.minLng - margin}::float8 AND ${box.maxLng + margin}::float8`;
  return rows.map(({ periods, exceptions, ...outlet }) => ({
    ...outlet,
    hours: { timeZone: outlet.timeZone, periods, exceptions },
    cuisinesLower: outlet.cuisines.map((c) => c.toLowerCase()),
    dietaryTagsLower: outlet.dietaryTags.map((t) => t.toLowerCase()),
    cosLat: Math.cos(outlet.lat * (Math.PI / 180)),
  }));
}
