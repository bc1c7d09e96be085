// Search near a point reads which outlets match from memory: per text query (the tsquery) and
// 0.05° cell, the outlets whose search document matches it, with ts_rank and the document's
// position, joined to the outlets browse keeps for that cell (browse-cells.ts). The cell is the
// location key, as for browse: every point, radius and page size asking the same words reuses
// the cells its radius covers. Ranking happens per request (search-nearby.ts).
//
// A cell's matches are dropped with the cell's browse notice: the outlet's row, and its search
// document whenever that changes (a dish renamed, added, archived: the migration
// 20261204190000_search_cell_notices), so "visible within a second" holds as for browse.
// Kept only while notices are heard; the TTL and the size bound only limit memory.
import { prisma } from "@/lib/db/client";
import { readCells, type ListedOutlet } from "@/lib/catalog/browse-cells";
import { cellIndex, cellKey, CELLS_PER_DEGREE, marksOf, unchangedSince } from "@/lib/catalog/cell-notices";
import { keptPerCell } from "@/lib/catalog/kept-per-cell";
import { joinLoads } from "@/lib/catalog/join-loads";
import { RADIANS } from "@/lib/catalog/kept-outlet-math";

/** Notices keep matches current; the TTL (per cell, spread) only bounds a loss. */
const MATCHES_TTL_MS = 10 * 60_000;
/**
 * (query, cell) pairs kept per process, the oldest cells going first at the bound. Most are
 * empty (one shared array) and queries are interned: a pair costs a Map slot, some 30 bytes.
 * A 15 km radius covers about 70 cells: this holds some 5,000 query-and-area pairs.
 */
const MAX_KEPT = 400_000;
const NO_MATCHES: readonly SearchMatch[] = Object.freeze([]);

export interface SearchMatch {
  outlet: ListedOutlet;
  /** ts_rank(document, tsquery): a float4, held exactly. */
  textRank: number;
  /** The document's position, where the SQL measures distance from (the outlet's, kept in step by trigger). */
  lat: number;
  lng: number;
  cosLat: number;
}

export interface CellMatches {
  south: number;
  west: number;
  matches: readonly SearchMatch[];
}

const kept = keptPerCell<readonly SearchMatch[]>("search-matches", MATCHES_TTL_MS, MAX_KEPT);
/**
 * Loads under way per (cell, query): searches of one word in one area at once (a popular dish at
 * lunch, a page's requests racing) wait for the first one's read instead of each reading the
 * same documents.
 */
const loading = new Map<string, Promise<Map<string, SearchMatch[]> | null>>();
/** One string per query text, so the cells' maps share their keys (bounded like the pairs). */
const queries = new Map<string, string>();

function keep(key: string, tsquery: string, matches: readonly SearchMatch[], now: number) {
  if (queries.size >= MAX_KEPT) queries.clear();
  let query = queries.get(tsquery);
  if (query === undefined) queries.set(tsquery, (query = tsquery));
  kept.set(key, query, matches.length ? matches : NO_MATCHES, now);
}

/**
 * The matches of `tsquery` in every cell of the range, cell by cell; null when the documents
 * and the kept outlets disagree (a write between the two reads): the caller asks the database.
 */
export async function readSearchCells(tsquery: string, range: { lat: [number, number]; lng: [number, number] }, now: Date): Promise<CellMatches[] | null> {
  const found: CellMatches[] = [];
  const missing: string[] = [];
  for (let i = range.lat[0]; i <= range.lat[1]; i++) {
    for (let j = range.lng[0]; j <= range.lng[1]; j++) {
      const key = cellKey(i, j);
      const matches = kept.get(key, tsquery, now.getTime());
      if (matches) found.push({ south: i / CELLS_PER_DEGREE, west: j / CELLS_PER_DEGREE, matches });
      else missing.push(key);
    }
  }
  const pending = joinLoads(loading, missing, (keys) => loadMatches(tsquery, keys, now), (cell) => `${cell}\u0000${tsquery}`);
  for (const [key, load] of pending) {
    const matches = (await load)?.get(key);
    if (!matches) return null;
    const [i, j] = key.split(":").map(Number) as [number, number];
    found.push({ south: i / CELLS_PER_DEGREE, west: j / CELLS_PER_DEGREE, matches });
  }
  return found;
}

async function loadMatches(tsquery: string, keys: string[], now: Date): Promise<Map<string, SearchMatch[]> | null> {
  const marks = marksOf(keys);
  const indexes = keys.map((key) => key.split(":").map(Number) as [number, number]);
  const lats = indexes.map(([i]) => i);
  const lngs = indexes.map(([, j]) => j);
  const range = { lat: [Math.min(...lats), Math.max(...lats)] as [number, number], lng: [Math.min(...lngs), Math.max(...lngs)] as [number, number] };
  // The outlets first (browse's cells, kept or read now), then the documents: both from the
  // primary, so a cell reloaded after a notice never comes from a replica that lags it.
  const outlets = new Map<string, ListedOutlet>();
  for (const cell of await readCells(range, now)) for (const outlet of cell.outlets) outlets.set(outlet.id, outlet);
  const margin = 1e-9;
  const rows = await prisma.$queryRaw<{ id: string; textRank: number; lat: number; lng: number }[]>`
    WITH q AS (SELECT to_tsquery('simple', ${tsquery}) AS tsq)
    SELECT d.restaurant_id AS id, ts_rank(d.document, q.tsq)::float8 AS "textRank", d.lat, d.lng
    FROM restaurant_search_documents d, q
    WHERE d.document @@ q.tsq
      AND d.lat BETWEEN ${range.lat[0] / CELLS_PER_DEGREE - margin}::float8 AND ${(range.lat[1] + 1) / CELLS_PER_DEGREE + margin}::float8
      AND d.lng BETWEEN ${range.lng[0] / CELLS_PER_DEGREE - margin}::float8 AND ${(range.lng[1] + 1) / CELLS_PER_DEGREE + margin}::float8`;
  const loaded = new Map(keys.map((key) => [key, [] as SearchMatch[]]));
  for (const row of rows) {
    const cell = loaded.get(cellKey(cellIndex(row.lat), cellIndex(row.lng)));
    if (!cell) continue;
    const outlet = outlets.get(row.id);
    if (!outlet) return null;
    cell.push({ outlet, textRank: row.textRank, lat: row.lat, lng: row.lng, cosLat: Math.cos(row.lat * RADIANS) });
  }
  keys.forEach((key, n) => {
    if (unchangedSince(marks, keys, n)) keep(key, tsquery, loaded.get(key)!, now.getTime());
  });
  return loaded;
}
