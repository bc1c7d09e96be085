// `npm run bench -- browse [--paths browse,suggest,search] [--search-words 132] [--outlets 20000] [--rounds 2] [--seconds 10] [--warmup 5] [--concurrency 4]`
// Browse near a point (GET /api/v1/restaurants' work: listRestaurants, then the JSON body and its
// ETag) answered from the outlets kept per cell (lib/catalog/browse-cells.ts) against the same
// answer read from the database each time (listRestaurantsFromDatabase), interleaved cached,
// database, cached, database… in one process, so both see the same machine. Points are random
// around the scale seed's cities: mostly the home page's query (nearest first, 15 km, 24 a
// page), some by rating, some open now. Prints per run: calls/s, latency P50/P99, CPU per call
// of this process (process.cpuUsage: Node's share) and of the database backends serving it
// (/proc), and the load average. In-process: no HTTP server, so the figures are the domain's.
// --paths suggest does the same for autocomplete (suggestCatalog, answers kept per typed text,
// against suggestCatalogFromDatabase), asked prefixes of the scale seed's cuisines and dishes.
// --paths search: search near a point (searchCatalog, matches kept per query and cell, against
// searchCatalogFromDatabase), asked the seed's cuisines and dishes, some misspelt or two words.
import { parseArgs } from "node:util";
import pg from "pg";
import { databaseName } from "@/lib/db/admin";
import { seedScale } from "@/prisma/seed/seed-scale";
import { SCALE_CITIES, SCALE_CUISINES } from "@/prisma/seed/scale-words";
import { openBenchDatabase } from "./bench-database";
import { intOption as int, percentile } from "./load";
import { cpuSince, cpuSnapshot, loadAverage } from "./proc-stats";

type List = (query: Record<string, unknown>) => Promise<unknown>;

/** A fixed pseudo-random sequence: both sides are asked the same points and words. */
const randomAt = (n: number) => (k: number) => (Math.sin(n * 12.9898 + k * 78.233) * 43_758.5453) % 1;

function pointAt(n: number) {
  const r = randomAt(n);
  const city = SCALE_CITIES[Math.floor(Math.abs(r(1)) * SCALE_CITIES.length)]!;
  return { lat: (city.lat + r(2) * 0.12).toFixed(5), lng: (city.lng + r(3) * 0.18).toFixed(5) };
}

function queryAt(n: number) {
  const point = pointAt(n);
  const kind = Math.abs(randomAt(n)(4));
  if (kind < 0.15) return { ...point, sort: "rating" };
  if (kind < 0.25) return { ...point, open_now: "true" };
  return point;
}

const SUGGEST_WORDS = SCALE_CUISINES.flatMap((c) => [c.name, ...c.dishes]);

function suggestQueryAt(n: number) {
  const r = (k: number) => Math.abs((Math.sin(n * 12.9898 + k * 78.233) * 43_758.5453) % 1);
  const word = SUGGEST_WORDS[Math.floor(r(1) * SUGGEST_WORDS.length)]!;
  return { q: word.slice(0, 2 + Math.floor(r(2) * 5)) };
}

const SEARCH_WORDS = SCALE_CUISINES.flatMap((c) => [c.name, ...c.dishes]);

/**
 * A cuisine or dish near a point: some misspelt (a letter dropped), some with a second word,
 * some by another page size. Words are skewed to the first of the list (the cube of a uniform
 * draw: the top tenth of the words gets about half of the searches), as searches repeat the
 * popular few; the points are as browse's, anywhere around the cities.
 */
function searchQueryAt(n: number, words: readonly string[]) {
  const r = (k: number) => Math.abs(randomAt(n)(k));
  const wordAt = (k: number) => words[Math.floor(r(k) ** 3 * words.length)]!.toLowerCase();
  const word = wordAt(5);
  const kind = r(6);
  const q = kind < 0.1 ? word.slice(0, 2) + word.slice(3) : kind < 0.2 ? `${word} ${wordAt(7)}` : word;
  return { q, ...pointAt(n), ...(r(8) < 0.2 && { limit: "50" }) };
}

async function backendPids(db: pg.Client, name: string): Promise<number[]> {
  const { rows } = await db.query<{ pid: number }>(
    "SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
    [name],
  );
  return rows.map((r) => r.pid);
}

async function run(list: List, etagOf: (body: string) => string, seconds: number, concurrency: number, first: number, queryOf: (n: number) => Record<string, unknown>) {
  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  let next = first;
  const cpu = process.cpuUsage();
  const worker = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      const body = JSON.stringify(await list(queryOf(next++)));
      etagOf(body);
      latencies.push(performance.now() - t0);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const used = process.cpuUsage(cpu);
  return { calls: latencies.length, elapsedMs: performance.now() - started, latencies, nodeCpuMs: (used.user + used.system) / 1000, next };
}

export async function benchBrowse(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      paths: { type: "string", default: "browse" },
      outlets: { type: "string", default: "20000" },
      rounds: { type: "string", default: "2" },
      seconds: { type: "string", default: "10" },
      warmup: { type: "string", default: "5" },
      concurrency: { type: "string", default: "4" },
      "search-words": { type: "string", default: String(SEARCH_WORDS.length) },
    },
  });
  const outlets = int("outlets", values.outlets, 150_000);
  const rounds = int("rounds", values.rounds, 10);
  const seconds = int("seconds", values.seconds, 120);
  const warmup = int("warmup", values.warmup, 60);
  const concurrency = int("concurrency", values.concurrency, 64);
  // Fewer distinct words: a smaller working set, to see the cost of a repeat once it is kept.
  const searchWords = SEARCH_WORDS.slice(0, int("search-words", values["search-words"], SEARCH_WORDS.length));

  const database = await openBenchDatabase("browse");
  const db = new pg.Client({ connectionString: database.url });
  try {
    await seedScale(database.url, { restaurants: outlets, itemsPerRestaurant: 2 });
    await db.connect();
    await db.query("ANALYZE");
    // The domain modules read their environment when first imported; this process signs nothing.
    process.env.DATABASE_URL = database.url;
    process.env.NEXTAUTH_SECRET ??= "bench-browse-unused-secret-0000000000000";
    const { listRestaurants, listRestaurantsFromDatabase } = await import("@/lib/catalog/list-restaurants");
    const { suggestCatalog, suggestCatalogFromDatabase } = await import("@/lib/catalog/suggest-catalog");
    const { searchCatalog, searchCatalogFromDatabase } = await import("@/lib/catalog/search-catalog");
    const { etagOf } = await import("@/lib/http/cacheable-json");
    const paths = values.paths.split(",");
    type Side = readonly [string, List, (n: number) => Record<string, unknown>];
    const sides: Side[] = [
      ...(paths.includes("browse")
        ? ([
            ["cached", listRestaurants, queryAt],
            ["database", listRestaurantsFromDatabase, queryAt],
          ] satisfies Side[])
        : []),
      ...(paths.includes("suggest")
        ? ([
            ["suggest kept", suggestCatalog, suggestQueryAt],
            ["suggest database", suggestCatalogFromDatabase, suggestQueryAt],
          ] satisfies Side[])
        : []),
      ...(paths.includes("search")
        ? ([
            ["search kept", searchCatalog, (n) => searchQueryAt(n, searchWords)],
            ["search database", searchCatalogFromDatabase, (n) => searchQueryAt(n, searchWords)],
          ] satisfies Side[])
        : []),
    ];
    console.log(`browse: ${outlets} scale outlets over ${SCALE_CITIES.length} cities${paths.includes("search") ? ` (search: ${searchWords.length} of ${SEARCH_WORDS.length} words)` : ""}; ${rounds} rounds of ${seconds} s per side after ${warmup} s warm-up each; concurrency ${concurrency}; load average at start ${loadAverage()}`);
    let next = 0;
    for (const [, list, queryOf] of sides) next = (await run(list, etagOf, warmup, concurrency, next, queryOf)).next;
    const results = new Map<string, { perCallNode: number; perCallDb: number; p50: number }[]>();
    for (let round = 1; round <= rounds; round++) {
      for (const [name, list, queryOf] of sides) {
        const pids = await backendPids(db, databaseName(database.url));
        const before = cpuSnapshot(pids);
        const load = loadAverage();
        const r = await run(list, etagOf, seconds, concurrency, next, queryOf);
        next = r.next;
        const dbCpuMs = cpuSince(before, await backendPids(db, databaseName(database.url)));
        const figures = { perCallNode: r.nodeCpuMs / r.calls, perCallDb: dbCpuMs / r.calls, p50: percentile(r.latencies, 50) };
        results.set(name, [...(results.get(name) ?? []), figures]);
        console.log(
          `round ${round} ${name.padEnd(16)} ${(r.calls / (r.elapsedMs / 1000)).toFixed(0).padStart(5)} calls/s  P50 ${figures.p50.toFixed(2)} ms  P99 ${percentile(r.latencies, 99).toFixed(2)} ms  ` +
            `CPU/call: node ${figures.perCallNode.toFixed(3)} ms, postgres ${figures.perCallDb.toFixed(3)} ms  (load ${load} → ${loadAverage()})`,
        );
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const of = (name: string, key: "perCallNode" | "perCallDb" | "p50") => median(results.get(name)!.map((f) => f[key]));
    for (const [kept, reference] of [["cached", "database"], ["suggest kept", "suggest database"], ["search kept", "search database"]] as const) {
      if (!results.has(kept)) continue;
      console.log(
        `${kept} / ${reference} (medians): node CPU ${(of(kept, "perCallNode") / of(reference, "perCallNode")).toFixed(2)}, ` +
          `postgres CPU ${(of(kept, "perCallDb") / of(reference, "perCallDb")).toFixed(2)}, P50 ${(of(kept, "p50") / of(reference, "p50")).toFixed(2)}`,
      );
    }
  } finally {
    await db.end().catch(() => undefined);
    await database.drop();
  }
  // The cells' LISTEN connection and the domain's pools would keep the process alive.
  process.exit(0);
}
