// GET /api/v1/restaurants and the home page: restaurants near a point, nearest (or best
// rated, or fastest) first, with filters and keyset pagination; without a point, the whole
// catalog by rating. Every result says whether it can take orders right now.
import { z } from "zod";
import { onReplica } from "@/lib/db/read-client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ClosedReason, Orderability } from "@/lib/catalog/outlet-orderability";
import { decodeCursor, encodeCursor, type CursorKey } from "@/lib/catalog/browse-cursor";
import { deliveryMinutesSql, distanceMetersSql, withinRadiusSql, type Origin } from "@/lib/catalog/catalog-sql";
import { loadOrderability, type OutletForOrderability } from "@/lib/catalog/load-orderability";
import { nearbyBatches } from "@/lib/catalog/list-nearby-restaurants";
import { blankAsMissing, latitude, longitude, optionalParam, originOf, refineOrigin } from "@/lib/catalog/schemas";

const SORTS = ["distance", "rating", "delivery_time"] as const;
export type Sort = (typeof SORTS)[number];

/** `?cuisine=thai&cuisine=indian` or `?cuisine=thai,indian`: lower-cased, de-duplicated. */
const list = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => {
    const parts = (Array.isArray(value) ? value : value ? [value] : []).flatMap((v) => v.split(","));
    return [...new Set(parts.map((p) => p.trim().toLowerCase()).filter(Boolean))];
  })
  .pipe(z.array(z.string().max(40)).max(20));

export const listRestaurantsQuery = z
  .object({
    lat: latitude,
    lng: longitude,
    radius_km: z.preprocess(blankAsMissing, z.coerce.number().gt(0).max(50).default(15)),
    /** Any of these cuisines. */
    cuisine: list,
    /** All of these dietary tags. */
    diet: list,
    /** Highest price level wanted, 1–4. */
    price: optionalParam(z.coerce.number().int().min(1).max(4)),
    open_now: z.preprocess(blankAsMissing, z.union([z.boolean(), z.stringbool()]).default(false)),
    sort: optionalParam(z.enum(SORTS)),
    cursor: optionalParam(z.string().max(512)),
    limit: z.preprocess(blankAsMissing, z.coerce.number().int().min(1).max(100).default(24)),
  })
  .superRefine((q, ctx) => {
    refineOrigin(q, ctx);
    if (q.lat === undefined && (q.sort === "distance" || q.sort === "delivery_time")) {
      ctx.addIssue({ code: "custom", path: ["sort"], message: `sort=${q.sort} needs lat and lng` });
    }
  });

type Query = z.output<typeof listRestaurantsQuery>;

/** What a listing shows of an outlet, wherever it was read from (the database, or browse-cells.ts). */
export interface OutletListing extends OutletForOrderability {
  name: string;
  description: string;
  cuisines: string[];
  dietaryTags: string[];
  priceLevel: number;
  rating: number;
  ratingCount: number;
  address: string;
  lat: number;
  lng: number;
  deliveryFeeCents: number;
  chainName: string | null;
}

export interface Row extends OutletListing {
  /** Exact, unrounded: it is part of the sort key. */
  distance: number | null;
  deliveryMinutes: number | null;
}

export interface BrowsedRestaurant
  extends Omit<Row, "statusUntil" | "busyExtraMinutes" | "timeZone" | "chainName" | "distance" | "deliveryMinutes"> {
  chain: { name: string } | null;
  distanceMeters: number | null;
  estimatedDeliveryMinutes: number | null;
  /** Orderable right now; when false, `closedReason` says why. */
  open: boolean;
  closedReason: ClosedReason | null;
  closesAt: Date | null;
}

export interface SortKey {
  sql: Prisma.Sql;
  descending?: boolean;
  cast: "float8" | "int" | "numeric" | "uuid";
  value: (row: Row) => number | string;
}

/** With open_now, closed outlets are skipped: read at most this many batches per page. */
const OPEN_NOW_MAX_BATCHES = 5;

export function sortKeys(sort: Sort, distance: Prisma.Sql | null, deliveryMinutes: Prisma.Sql | null): SortKey[] {
  const id: SortKey = { sql: Prisma.sql`r.id`, cast: "uuid", value: (r) => r.id };
  const nearest: SortKey[] = distance ? [{ sql: distance, cast: "float8", value: (r) => r.distance! }] : [];
  if (sort === "distance") return [...nearest, id];
  if (sort === "delivery_time") return [{ sql: deliveryMinutes!, cast: "int", value: (r) => r.deliveryMinutes! }, ...nearest, id];
  return [{ sql: Prisma.sql`r.rating`, descending: true, cast: "numeric", value: (r) => r.rating }, ...nearest, id];
}

const keySchema = (keys: SortKey[]) =>
  z
    .array(z.union([z.number(), z.string()]))
    .length(keys.length)
    .refine((values) => keys.every((k, i) => (k.cast === "uuid" ? z.uuid().safeParse(values[i]).success : Number.isFinite(values[i]))));

/** Rows strictly after `after` in the sort order. The leading bound lets an index on the
 *  first key skip ahead; the OR chain settles ties key by key. */
function keysetAfter(keys: SortKey[], after: CursorKey): Prisma.Sql {
  const param = (i: number) => Prisma.sql`${after[i]}::${Prisma.raw(keys[i]!.cast)}`;
  const beyond = (i: number) => (keys[i]!.descending ? Prisma.sql`${keys[i]!.sql} < ${param(i)}` : Prisma.sql`${keys[i]!.sql} > ${param(i)}`);
  const ties = keys.map((_, i) => Prisma.join([...keys.slice(0, i).map((k, j) => Prisma.sql`${k.sql} = ${param(j)}`), beyond(i)], " AND ", "(", ")"));
  const first = keys[0]!;
  const bound = first.descending ? Prisma.sql`${first.sql} <= ${param(0)}` : Prisma.sql`${first.sql} >= ${param(0)}`;
  return Prisma.sql`(${bound} AND ${Prisma.join(ties, " OR ", "(", ")")})`;
}

interface Scope {
  origin: Origin | null;
  distance: Prisma.Sql | null;
  keys: SortKey[];
  now: Date;
}

async function fetchCandidates(q: Query, { origin, distance, keys, now }: Scope, after: CursorKey | null, take: number) {
  const where: Prisma.Sql[] = [];
  if (origin && distance) where.push(withinRadiusSql(origin, q.radius_km * 1000, distance));
  if (q.cuisine.length) where.push(Prisma.sql`EXISTS (SELECT 1 FROM unnest(r.cuisines) c WHERE lower(c) = ANY(${q.cuisine}::text[]))`);
  if (q.diet.length) where.push(Prisma.sql`${q.diet}::text[] <@ ARRAY(SELECT lower(t) FROM unnest(r.dietary_tags) t)`);
  if (q.price !== undefined) where.push(Prisma.sql`r.price_level <= ${q.price}::int`);
  if (after) where.push(keysetAfter(keys, after));
  // Browse may be a moment behind: the replica answers when it is usable (lib/db/read-client.ts).
  return onReplica((db) => db.$queryRaw<Row[]>`
    SELECT r.id, r.name, r.description, coalesce(r.cuisines, '{}') AS cuisines,
           coalesce(r.dietary_tags, '{}') AS "dietaryTags", r.price_level AS "priceLevel", r.rating::float8 AS rating, r.rating_count AS "ratingCount", r.address, r.lat, r.lng,
           r.delivery_fee_cents AS "deliveryFeeCents", r.avg_prep_minutes AS "avgPrepMinutes",
           r.declared_status::text AS "declaredStatus", r.status_until AS "statusUntil",
           r.busy_extra_minutes AS "busyExtraMinutes", r.time_zone AS "timeZone",
           -- A subquery in the select list is evaluated after ORDER BY ... LIMIT: once per row returned.
           (SELECT ch.name FROM chains ch WHERE ch.id = r.chain_id) AS "chainName",
           ${distance ?? Prisma.sql`NULL::float8`} AS distance,
           ${distance ? deliveryMinutesSql(distance, now) : Prisma.sql`NULL::int`} AS "deliveryMinutes"
    FROM restaurants r
    WHERE ${where.length ? Prisma.join(where, " AND ") : Prisma.sql`TRUE`}
    ORDER BY ${Prisma.join(keys.map((k) => (k.descending ? Prisma.sql`${k.sql} DESC` : k.sql)), ", ")}
    LIMIT ${take}::int`);
}

function toRestaurant(row: Row, orderability: Orderability): BrowsedRestaurant {
  const { statusUntil: _u, busyExtraMinutes: _b, timeZone: _t, chainName, distance, deliveryMinutes, ...rest } = row;
  return {
    ...rest,
    chain: chainName === null ? null : { name: chainName },
    distanceMeters: distance === null ? null : Math.round(distance),
    estimatedDeliveryMinutes: deliveryMinutes,
    open: orderability.orderable,
    closedReason: orderability.reason,
    closesAt: orderability.closesAt,
  };
}

/** The next `take` rows strictly after `after` in the sort order, each with whether it takes orders now. */
export type FetchBatch = (after: CursorKey | null, take: number) => Promise<{ row: Row; orderability: Orderability }[]>;

/**
 * Restaurants near a point come from the outlets kept in memory per cell (browse-cells.ts),
 * ranked per request; the catalog without a point (and a box too large to hold) from the database.
 */
export async function listRestaurants(input: z.input<typeof listRestaurantsQuery>) {
  const q = listRestaurantsQuery.parse(input);
  const now = new Date();
  const origin = originOf(q);
  const sort: Sort = q.sort ?? (origin ? "distance" : "rating");
  const nearby = origin ? await nearbyBatches({ origin, radiusMeters: q.radius_km * 1000, cuisine: q.cuisine, diet: q.diet, price: q.price, sort }, now) : null;
  return collectPage(q, sort, nearby ?? databaseBatches(q, origin, sort, now));
}

/** The same answer read from the database every time: the reference the cached one is checked against. */
export async function listRestaurantsFromDatabase(input: z.input<typeof listRestaurantsQuery>) {
  const q = listRestaurantsQuery.parse(input);
  const origin = originOf(q);
  const sort: Sort = q.sort ?? (origin ? "distance" : "rating");
  return collectPage(q, sort, databaseBatches(q, origin, sort, new Date()));
}

function databaseBatches(q: Query, origin: Origin | null, sort: Sort, now: Date): { keys: SortKey[]; fetch: FetchBatch } {
  const distance = origin ? distanceMetersSql(origin) : null;
  const keys = sortKeys(sort, distance, distance ? deliveryMinutesSql(distance, now) : null);
  const scope: Scope = { origin, distance, keys, now };
  return {
    keys,
    fetch: async (after, take) => {
      const rows = await fetchCandidates(q, scope, after, take);
      const states = await loadOrderability(rows, now);
      return rows.map((row) => ({ row, orderability: states.get(row.id)! }));
    },
  };
}

async function collectPage(q: Query, sort: Sort, { keys, fetch }: { keys: SortKey[]; fetch: FetchBatch }) {
  const keyOf = (row: Row): CursorKey => keys.map((k) => k.value(row));
  let after: CursorKey | null = q.cursor ? decodeCursor(q.cursor, sort, keySchema(keys)) : null;
  // Without open_now one batch of limit + 1 settles the page. With it, closed outlets are
  // skipped, so read bigger batches; if the bound runs out first, the cursor resumes after
  // the last outlet examined (the page may then be short, never wrong).
  const batch = q.open_now ? Math.min(Math.max(q.limit * 3, 50), 300) : q.limit + 1;
  const page: BrowsedRestaurant[] = [];
  for (let round = 1; ; round++) {
    const rows = await fetch(after, batch);
    for (const { row, orderability } of rows) {
      const restaurant = toRestaurant(row, orderability);
      if (q.open_now && !restaurant.open) {
        after = keyOf(row);
        continue;
      }
      if (page.length === q.limit) return { restaurants: page, nextCursor: encodeCursor(sort, after!) };
      page.push(restaurant);
      after = keyOf(row);
    }
    if (rows.length < batch) return { restaurants: page, nextCursor: null };
    if (round === OPEN_NOW_MAX_BATCHES) return { restaurants: page, nextCursor: encodeCursor(sort, after!) };
  }
}
