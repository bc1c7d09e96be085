// Benchmark data at production scale (150,000 restaurants × 50 items = 7.5M items):
// synthetic restaurants clustered around Western European cities, each with a menu,
// stock rows and daily hours. Batches go through node-postgres as `unnest` arrays; the
// items and stock rows are expanded inside PostgreSQL (generate_series), so only one
// small array per restaurant column crosses the wire and memory stays flat at any scale.
import pg from "pg";
import { encodeGeohash } from "@/lib/geo/geohash";
import { createRandom, floatBetween, intBetween, pick, seedFrom, type Random } from "./random";
import { uuidV7Prefix, withCounter } from "./time-ordered-ids";
import { DISHES_PER_CUISINE, DISH_MODIFIERS, NAME_ADJECTIVES, NAME_NOUNS, SCALE_CITIES, SCALE_CUISINES } from "./scale-words";

/** Marks scale rows: `WHERE city = 'Scaleville'` finds (or deletes) them; the demo never uses it. */
export const SCALE_CITY = "Scaleville";
const CATEGORY_NAMES = ["Favourites", "Mains", "Extras"];

/**
 * Every scale outlet's option groups, so menu reads and orders are measured with options:
 * "Extras" (optional, up to 3) on every dish, a required "Size" on every fifth one.
 * [group name, minSelect, maxSelect, options as [name, price delta in cents, default, allergens]]
 */
const SCALE_GROUPS = [
  ["Size", 1, 1, [["Small", -150, false, []], ["Regular", 0, true, []], ["Large", 250, false, []]]],
  ["Extras", 0, 3, [["Extra cheese", 100, false, ["milk"]], ["Fried egg", 150, false, ["eggs"]], ["Toasted sesame", 50, false, ["sesame"]], ["Chilli", 0, false, []]]],
] as const;
const REQUIRED_GROUP_EVERY = 5;
const SCALE_OPTIONS = SCALE_GROUPS.flatMap(([, , , options], group) => options.map(([name, delta, isDefault, allergens], position) => ({ group, name, delta, isDefault, allergens: allergens.join("|"), position })));
/** opening_periods rows per restaurant: one every day. */
const DAYS = 7;

export interface ScaleOptions {
  restaurants: number;
  itemsPerRestaurant: number;
  /** Restaurants per transaction. */
  batchSize?: number;
  /** Batches in flight at once, each on its own connection. */
  concurrency?: number;
  onProgress?: (progress: ScaleProgress) => void;
}

export interface ScaleProgress {
  restaurants: number;
  items: number;
  /** Every row written: restaurants, hours, categories, items, stock, option groups, options and attachments. */
  rows: number;
  elapsedMs: number;
}

interface RestaurantBatch {
  id: string[];
  ordinal: number[];
  cuisine: number[];
  name: string[];
  cuisines: string[];
  dietary: string[];
  priceLevel: number[];
  rating: number[];
  ratingCount: number[];
  lat: number[];
  lng: number[];
  geoKey: string[];
  address: string[];
  timeZone: string[];
  deliveryFee: number[];
  minOrder: number[];
  prep: number[];
  opens: number[];
  closes: number[];
}

/** Spread around a city centre, denser in the middle (sum of two uniforms), ~±15 km. */
function nearCity(random: Random, centre: number, spread: number): number {
  return Number((centre + (random() + random() - 1) * spread).toFixed(6));
}

/** Restaurant number `ordinal` always gets the same content, whatever the batch size. */
function buildBatch(firstOrdinal: number, count: number): RestaurantBatch {
  const batch: RestaurantBatch = {
    id: [], ordinal: [], cuisine: [], name: [], cuisines: [], dietary: [], priceLevel: [], rating: [], ratingCount: [], lat: [],
    lng: [], geoKey: [], address: [], timeZone: [], deliveryFee: [], minOrder: [], prep: [], opens: [], closes: [],
  };
  const idPrefix = uuidV7Prefix();
  for (let ordinal = firstOrdinal; ordinal < firstOrdinal + count; ordinal++) {
    const random = createRandom(seedFrom(`scale-${ordinal}`));
    const city = pick(random, SCALE_CITIES);
    const cuisineIndex = intBetween(random, 0, SCALE_CUISINES.length - 1);
    const cuisine = SCALE_CUISINES[cuisineIndex]!;
    const lat = nearCity(random, city.lat, 0.14);
    const lng = nearCity(random, city.lng, 0.14 / Math.cos((city.lat * Math.PI) / 180));
    const opens = pick(random, [7, 10, 11, 12, 16, 17]) * 60;
    batch.id.push(withCounter(idPrefix, ordinal - firstOrdinal));
    batch.ordinal.push(ordinal);
    batch.cuisine.push(cuisineIndex);
    batch.name.push(`${pick(random, NAME_ADJECTIVES)} ${pick(random, NAME_NOUNS)} ${city.name}`);
    batch.cuisines.push(cuisine.name);
    batch.dietary.push(cuisine.dietaryTags);
    batch.priceLevel.push(intBetween(random, 1, 4));
    batch.rating.push(floatBetween(random, 3, 5, 1));
    batch.ratingCount.push(intBetween(random, 0, 5000));
    batch.lat.push(lat);
    batch.lng.push(lng);
    batch.geoKey.push(encodeGeohash(lat, lng, 5));
    batch.address.push(`Unit ${ordinal}, ${city.name}`);
    batch.timeZone.push(city.timeZone);
    batch.deliveryFee.push(intBetween(random, 0, 6) * 50);
    batch.minOrder.push(intBetween(random, 2, 4) * 500);
    batch.prep.push(intBetween(random, 8, 30));
    batch.opens.push(opens);
    // Some close after midnight, like real late-night kitchens.
    batch.closes.push(opens + intBetween(random, 8, 14) * 60);
  }
  return batch;
}

const INSERT_RESTAURANTS = `
  INSERT INTO restaurants (id, name, cuisines, dietary_tags, price_level, rating, rating_count, lat, lng, geo_key,
                           address, city, time_zone, delivery_fee_cents, min_order_cents, avg_prep_minutes, updated_at)
  SELECT id, name, ARRAY[cuisine], string_to_array(dietary, '|'), price_level, rating, rating_count, lat, lng, geo_key,
         address, $16, time_zone, fee, min_order, prep, now()
  FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::smallint[], $6::numeric[], $7::int[], $8::float8[],
              $9::float8[], $10::text[], $11::text[], $12::text[], $13::int[], $14::int[], $15::int[])
    AS r(id, name, cuisine, dietary, price_level, rating, rating_count, lat, lng, geo_key, address, time_zone, fee, min_order, prep)`;

// Child ids are "prefix + counter" (see time-ordered-ids.ts): the counter numbers the rows
// of one batch, derived from the restaurant's place in the batch (ordinality `idx`).
const INSERT_HOURS = `
  INSERT INTO opening_periods (id, restaurant_id, day_of_week, opens_minute, closes_minute)
  SELECT ($4::text || lpad(to_hex((r.idx - 1) * 7 + day), 12, '0'))::uuid, r.id, day, r.opens, r.closes
  FROM unnest($1::uuid[], $2::smallint[], $3::smallint[]) WITH ORDINALITY AS r(id, opens, closes, idx)
  CROSS JOIN generate_series(0, 6) AS day`;

// Categories, items and stock in one statement: each data-modifying CTE feeds the next its
// new ids. Item n of restaurant `ordinal` is a deterministic function of both numbers;
// categories split the menu into thirds. Every fourth item is PREPARED (stock on a shelf).
const INSERT_MENUS = `
  WITH r AS (SELECT * FROM unnest($1::uuid[], $2::int[], $3::int[]) WITH ORDINALITY AS r(id, ordinal, cuisine, idx)),
  categories AS (
    INSERT INTO menu_categories (id, restaurant_id, name, position)
    SELECT ($9::text || lpad(to_hex((r.idx - 1) * array_length($4::text[], 1) + c.position - 1), 12, '0'))::uuid, r.id, c.name, c.position - 1
    FROM r CROSS JOIN unnest($4::text[]) WITH ORDINALITY AS c(name, position)
    RETURNING id, restaurant_id, position
  ),
  items AS (
    INSERT INTO food_items (id, restaurant_id, category_id, name, price_cents, tags, prep_minutes, kind, position, updated_at)
    SELECT ($10::text || lpad(to_hex((r.idx - 1) * $5 + n), 12, '0'))::uuid, r.id, c.id,
           ($6::text[])[1 + (n / $8 + r.ordinal) % array_length($6::text[], 1)] || ' ' || ($7::text[])[1 + r.cuisine * $8 + n % $8],
           450 + ((r.ordinal::bigint * 7919 + n * 104729) % 211)::int * 10,
           CASE (r.ordinal + n) % 5 WHEN 0 THEN ARRAY['vegetarian'] WHEN 1 THEN ARRAY['vegan', 'gluten-free']
                                    WHEN 2 THEN ARRAY['spicy'] ELSE ARRAY[]::text[] END,
           5 + (r.ordinal + n) % 16,
           (CASE WHEN n % 4 = 0 THEN 'PREPARED' ELSE 'MADE_TO_ORDER' END)::"ItemKind",
           n, now()
    FROM r CROSS JOIN generate_series(0, $5 - 1) AS n
    JOIN categories c ON c.restaurant_id = r.id AND c.position = n * array_length($4::text[], 1) / $5
    RETURNING id, restaurant_id, kind, price_cents, position
  )
  -- The item's own counter (its last 12 hex digits) numbers its stock row too.
  INSERT INTO inventory (id, item_id, restaurant_id, quantity, max_quantity, updated_at)
  SELECT ($11::text || right(id::text, 12))::uuid, id, restaurant_id,
         CASE WHEN kind = 'PREPARED' THEN 20 + (price_cents / 10 + position * 7) % 41 END,
         CASE WHEN kind = 'PREPARED' THEN 60 END,
         now()
  FROM items`;

// The outlet's groups, their options and the attachments, in one statement like the menus.
const INSERT_OPTIONS = `
  WITH r AS (SELECT * FROM unnest($1::uuid[]) WITH ORDINALITY AS r(id, idx)),
  groups AS (
    INSERT INTO option_groups (id, restaurant_id, name, min_select, max_select, position, updated_at)
    SELECT ($2::text || lpad(to_hex((r.idx - 1) * array_length($3::text[], 1) + g.position - 1), 12, '0'))::uuid,
           r.id, g.name, g.min_select, g.max_select, g.position - 1, now()
    FROM r CROSS JOIN unnest($3::text[], $4::int[], $5::int[]) WITH ORDINALITY AS g(name, min_select, max_select, position)
    RETURNING id, restaurant_id, position
  ),
  options AS (
    INSERT INTO menu_options (id, group_id, restaurant_id, name, price_delta_cents, is_default, position, allergens, updated_at)
    SELECT ($6::text || lpad(to_hex((r.idx - 1) * array_length($8::text[], 1) + o.n - 1), 12, '0'))::uuid,
           g.id, g.restaurant_id, o.name, o.delta, o.is_default, o.position, string_to_array(o.allergens, '|'), now()
    FROM unnest($7::int[], $8::text[], $9::int[], $10::bool[], $11::text[], $12::int[]) WITH ORDINALITY AS o(grp, name, delta, is_default, allergens, position, n)
    JOIN groups g ON g.position = o.grp
    JOIN r ON r.id = g.restaurant_id
  )
  INSERT INTO item_option_groups (item_id, group_id, position)
  SELECT i.id, g.id, g.position
  FROM food_items i JOIN groups g ON g.restaurant_id = i.restaurant_id
  WHERE i.restaurant_id = ANY($1::uuid[]) AND (g.position > 0 OR i.position % $13 = 0)`;

async function insertBatch(pool: pg.Pool, batch: RestaurantBatch, itemsPerRestaurant: number) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query(INSERT_RESTAURANTS, [
      batch.id, batch.name, batch.cuisines, batch.dietary, batch.priceLevel, batch.rating, batch.ratingCount, batch.lat,
      batch.lng, batch.geoKey, batch.address, batch.timeZone, batch.deliveryFee, batch.minOrder, batch.prep, SCALE_CITY,
    ]);
    await client.query(INSERT_HOURS, [batch.id, batch.opens, batch.closes, uuidV7Prefix()]);
    await client.query(INSERT_MENUS, [
      batch.id, batch.ordinal, batch.cuisine, CATEGORY_NAMES, itemsPerRestaurant, DISH_MODIFIERS,
      SCALE_CUISINES.flatMap((c) => c.dishes), DISHES_PER_CUISINE, uuidV7Prefix(), uuidV7Prefix(), uuidV7Prefix(),
    ]);
    await client.query(INSERT_OPTIONS, [
      batch.id, uuidV7Prefix(), SCALE_GROUPS.map(([name]) => name), SCALE_GROUPS.map(([, min]) => min), SCALE_GROUPS.map(([, , max]) => max),
      uuidV7Prefix(), SCALE_OPTIONS.map((o) => o.group), SCALE_OPTIONS.map((o) => o.name), SCALE_OPTIONS.map((o) => o.delta),
      SCALE_OPTIONS.map((o) => o.isDefault), SCALE_OPTIONS.map((o) => o.allergens), SCALE_OPTIONS.map((o) => o.position), REQUIRED_GROUP_EVERY,
    ]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Adds `restaurants` synthetic restaurants after any from earlier runs (numbering carries
 * on from the existing count, so running twice doubles the data instead of failing).
 */
export async function seedScale(database: string | pg.Pool, options: ScaleOptions): Promise<ScaleProgress> {
  const { restaurants, itemsPerRestaurant, batchSize = 1000, concurrency = 2, onProgress } = options;
  const pool = typeof database === "string" ? new pg.Pool({ connectionString: database, max: concurrency }) : database;
  const started = Date.now();
  const progress: ScaleProgress = { restaurants: 0, items: 0, rows: 0, elapsedMs: 0 };
  try {
    const { rows } = await pool.query<{ count: string }>("SELECT count(*) FROM restaurants WHERE city = $1", [SCALE_CITY]);
    const firstOrdinal = Number(rows[0]!.count);
    let nextOffset = 0;
    let failed = false;
    // Workers pull the next batch until none is left; a failure stops the others from
    // starting new batches, and all are awaited before the pool closes.
    const worker = async () => {
      while (!failed && nextOffset < restaurants) {
        const offset = nextOffset;
        const count = Math.min(batchSize, restaurants - offset);
        nextOffset += count;
        await insertBatch(pool, buildBatch(firstOrdinal + offset, count), itemsPerRestaurant).catch((error) => {
          failed = true;
          throw error;
        });
        progress.restaurants += count;
        progress.items += count * itemsPerRestaurant;
        const attachments = itemsPerRestaurant + Math.ceil(itemsPerRestaurant / REQUIRED_GROUP_EVERY);
        progress.rows += count * (1 + DAYS + CATEGORY_NAMES.length + 2 * itemsPerRestaurant + SCALE_GROUPS.length + SCALE_OPTIONS.length + attachments);
        progress.elapsedMs = Date.now() - started;
        onProgress?.({ ...progress });
      }
    };
    const results = await Promise.allSettled(Array.from({ length: concurrency }, worker));
    const failure = results.find((r) => r.status === "rejected");
    if (failure) throw failure.reason;
    return { ...progress, elapsedMs: Date.now() - started };
  } finally {
    if (typeof database === "string") await pool.end();
  }
}
