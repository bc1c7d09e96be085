// GET /api/v1/search: one box over restaurants and dishes. Query words are widened by the
// synonyms table and corrected against the vocabulary (lib/catalog/expand-search-words.ts),
// matched against each outlet's search document (name, cuisines, dishes, tags: one GIN
// index), ranked by text rank plus name similarity, discounted by distance when a location
// is given. Each outlet comes with the dishes that matched and whether it can take orders.
// Near a point the ranking is done in memory from matches kept per cell (search-nearby.ts),
// by the same formulas, and the matched dishes are kept per outlet (search-dishes.ts).
import { z } from "zod";
import { onReplica } from "@/lib/db/read-client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ClosedReason, Orderability } from "@/lib/catalog/outlet-orderability";
import { buildSearchTsquery, type MatchMode } from "@/lib/catalog/build-search-tsquery";
import { deliveryMinutesSql, distanceMetersSql, withinRadiusSql, type Origin } from "@/lib/catalog/catalog-sql";
import { expandSearchWords } from "@/lib/catalog/expand-search-words";
import { orderabilityOf } from "@/lib/catalog/kept-outlet-math";
import { noticesHeard } from "@/lib/catalog/cell-notices";
import { keptSearchWords, phraseOf, type SearchWords } from "@/lib/catalog/kept-search-words";
import { loadOrderability, type OutletForOrderability } from "@/lib/catalog/load-orderability";
import { blankAsMissing, latitude, longitude, originOf, refineOrigin } from "@/lib/catalog/schemas";
import type { ListedOutlet } from "@/lib/catalog/browse-cells";
import { findDishes, keptDishes } from "@/lib/catalog/search-dishes";
import { searchNearby } from "@/lib/catalog/search-nearby";
import { splitSearchWords } from "@/lib/catalog/split-search-words";

export const searchCatalogQuery = z
  .object({
    q: z.string().trim().min(1).max(100),
    lat: latitude,
    lng: longitude,
    limit: z.preprocess(blankAsMissing, z.coerce.number().int().min(1).max(50).default(20)),
  })
  .superRefine(refineOrigin);

/** Search reaches as far as browsing does by default. */
const SEARCH_RADIUS_METERS = 15_000;
/** Relevance halves at this distance: among equal matches the nearer outlet wins. */
const DISTANCE_HALF_SCORE_METERS = 3_000;
const CANDIDATES_WITHOUT_LOCATION = 2_000;
/** The shortlist re-ranked by name similarity is this many times the page. */
const SHORTLIST_FACTOR = 5;

interface Row extends OutletForOrderability {
  name: string;
  cuisines: string[];
  priceLevel: number;
  rating: number;
  deliveryFeeCents: number;
  distance: number | null;
  deliveryMinutes: number | null;
}

export interface SearchResult {
  id: string;
  name: string;
  cuisines: string[];
  priceLevel: number;
  rating: number;
  deliveryFeeCents: number;
  distanceMeters: number | null;
  estimatedDeliveryMinutes: number | null;
  open: boolean;
  closedReason: ClosedReason | null;
  closesAt: Date | null;
  matchedDishes: { id: string; name: string; priceCents: number; available: boolean }[];
}

/**
 * Two passes: a shortlist by text rank and distance from the documents alone (their GIN and
 * (lat, lng) indexes do the narrowing), then only the shortlist joins its restaurant rows
 * and is re-ranked with how closely the outlet's name matches the words.
 */
async function findRestaurants(tsquery: string, phrase: string, origin: Origin | null, limit: number, now: Date): Promise<Row[]> {
  const distance = origin ? distanceMetersSql(origin, "d") : null;
  const nearby = origin && distance ? Prisma.sql`AND ${withinRadiusSql(origin, SEARCH_RADIUS_METERS, distance, "d")}` : Prisma.empty;
  // Without a location every match in the catalog qualifies: rank a bounded sample of them.
  const cap = origin ? Prisma.empty : Prisma.sql`LIMIT ${CANDIDATES_WITHOUT_LOCATION}::int`;
  const decay = (d: Prisma.Sql) => Prisma.sql`(1 + coalesce(${d}, 0) / ${DISTANCE_HALF_SCORE_METERS}::float8)`;
  // Search may be a moment behind: the replica answers when it is usable (lib/db/read-client.ts).
  return onReplica((db) => db.$queryRaw<Row[]>`
    WITH q AS (SELECT to_tsquery('simple', ${tsquery}) AS tsq),
    matches AS (
      SELECT d.restaurant_id, ts_rank(d.document, q.tsq) AS text_rank, ${distance ?? Prisma.sql`NULL::float8`} AS distance
      FROM restaurant_search_documents d, q
      WHERE d.document @@ q.tsq ${nearby}
      ${cap}
    ),
    shortlist AS (
      SELECT m.*, m.text_rank / ${decay(Prisma.sql`m.distance`)} AS score FROM matches m
      ORDER BY score DESC, m.restaurant_id
      LIMIT ${limit * SHORTLIST_FACTOR}::int
    )
    SELECT r.id, r.name, coalesce(r.cuisines, '{}') AS cuisines, r.price_level AS "priceLevel", r.rating::float8 AS rating,
           r.delivery_fee_cents AS "deliveryFeeCents", r.avg_prep_minutes AS "avgPrepMinutes",
           r.declared_status::text AS "declaredStatus", r.status_until AS "statusUntil",
           r.busy_extra_minutes AS "busyExtraMinutes", r.time_zone AS "timeZone", s.distance,
           ${origin ? deliveryMinutesSql(Prisma.sql`s.distance`, now) : Prisma.sql`NULL::int`} AS "deliveryMinutes"
    FROM shortlist s
    JOIN restaurants r ON r.id = s.restaurant_id
    ORDER BY (s.text_rank + similarity(lower(r.name), ${phrase})) / ${decay(Prisma.sql`s.distance`)} DESC, r.rating DESC, r.id
    LIMIT ${limit}::int`);
}

/** Search near a point from memory (search-nearby.ts) where it can; without one, from the database. */
export function searchCatalog(input: unknown) {
  return search(input, true);
}

/** The same answer read from the database every time: the reference the kept one is checked against. */
export function searchCatalogFromDatabase(input: unknown) {
  return search(input, false);
}

interface Found {
  row: Row;
  /** Known already when ranked from memory; otherwise loaded for the page. */
  orderability: Orderability | null;
}

/** Ranked from memory: the outlet's open state and matched dishes come from memory too. */
interface FoundNearby extends Found {
  orderability: Orderability;
  outlet: ListedOutlet;
}

const isNearby = (found: Found[]): found is FoundNearby[] => found.every((f) => "outlet" in f);

async function findNearby(tsquery: string, words: SearchWords, origin: Origin, limit: number, now: Date): Promise<FoundNearby[] | null> {
  const hits = await searchNearby(
    { tsquery, phraseTrigrams: words.phraseTrigrams, origin, radiusMeters: SEARCH_RADIUS_METERS, halfScoreMeters: DISTANCE_HALF_SCORE_METERS, shortlist: limit * SHORTLIST_FACTOR, limit },
    now,
  );
  return (
    hits?.map(({ outlet: o, distance, deliveryMinutes }) => ({
      row: {
        id: o.id, name: o.name, cuisines: o.cuisines, priceLevel: o.priceLevel, rating: o.rating, deliveryFeeCents: o.deliveryFeeCents,
        avgPrepMinutes: o.avgPrepMinutes, declaredStatus: o.declaredStatus, statusUntil: o.statusUntil, busyExtraMinutes: o.busyExtraMinutes,
        timeZone: o.timeZone, distance, deliveryMinutes,
      },
      orderability: orderabilityOf(o, now),
      outlet: o,
    })) ?? null
  );
}

async function search(input: unknown, fromMemory: boolean) {
  const { q, limit, ...coordinates } = searchCatalogQuery.parse(input);
  const origin = originOf(coordinates);
  const typed = splitSearchWords(q);
  // Near a point, the words' expansion and the matches per cell are kept; without one, every
  // match in the catalog competes, and the database ranks them as before.
  const kept = fromMemory && origin && noticesHeard() ? await keptSearchWords(typed) : null;
  const words = kept?.words ?? (await expandSearchWords(typed));
  // What was searched for, told back to the user when it differs from what they typed.
  const phrase = kept?.phrase ?? phraseOf(words);
  const corrected = words.some((w) => w.correction) ? phrase : null;
  const alternatives = words.map((w) => w.alternatives);
  const now = new Date();

  // Every word must match; a query with a word nothing knows ("pizza near me") falls back
  // to outlets matching any word, ranked by how much they match.
  let found: Found[] = [];
  for (const mode of (words.length > 1 ? ["all", "any"] : ["all"]) as MatchMode[]) {
    const tsquery = buildSearchTsquery(alternatives, mode);
    if (tsquery) {
      const nearby = kept && origin ? await findNearby(tsquery, kept, origin, limit, now) : null;
      found = nearby ?? (await findRestaurants(tsquery, phrase, origin, limit, now)).map((row) => ({ row, orderability: null }));
    }
    if (found.length) break;
  }
  if (found.length === 0) return { query: q, corrected, restaurants: [] as SearchResult[] };

  const anyWord = buildSearchTsquery(alternatives, "any")!;
  const ids = found.map((f) => f.row.id);
  const [dishes, states] = isNearby(found)
    ? [await keptDishes(anyWord, found.map((f) => f.outlet), now.getTime()), new Map<string, Orderability>()]
    : await Promise.all([onReplica((db) => findDishes(db, anyWord, ids)), loadOrderability(found.map((f) => f.row), now)]);
  const restaurants = found.map(({ row: r, orderability }): SearchResult => {
    const state = orderability ?? states.get(r.id)!;
    return {
      id: r.id,
      name: r.name,
      cuisines: r.cuisines,
      priceLevel: r.priceLevel,
      rating: r.rating,
      deliveryFeeCents: r.deliveryFeeCents,
      distanceMeters: r.distance === null ? null : Math.round(r.distance),
      estimatedDeliveryMinutes: r.deliveryMinutes,
      open: state.orderable,
      closedReason: state.reason,
      closesAt: state.closesAt,
      matchedDishes: (dishes.get(r.id) ?? []).map(({ id, name, priceCents, available }) => ({ id, name, priceCents, available })),
    };
  });
  return { query: q, corrected, restaurants };
}
