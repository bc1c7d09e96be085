// `npm run bench -- monitoring [--outlets 10000] [--listings 10] [--seconds 60] [--rate 555] [--port 3800]`
// Chain monitoring at seed 000's scale, against the production build (web + realtime +
// worker) on a database of its own (created for the run, dropped after):
// - 10,000 outlets × 10 partner listings, in 10 chains of 1,000 outlets, each with an admin;
// - observations pushed over the API at "every listing every few minutes" (rate/s), while
// - outages are injected (a listing pushed OFFLINE during opening hours) and timed until
//   their alert (the in-app notification) exists: outage-start → alert latency, floor P99 10 s;
// - one evaluation sweep over every outlet in this process (the function the worker runs):
//   evaluation throughput;
// - GET /api/v1/chains/{id}/outlets/status for a 1,000-outlet chain: floor 1 s.
// Grace periods are 0 here (MONITORING_GRACE_SCALE=0): the latency is the engine's own.
import { parseArgs } from "node:util";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startAppStack } from "../tests/support/app-stack";
import { mintSessionToken } from "../tests/support/session-cookie";
import { percentile, runLoad, summarize } from "./load";

/** Each bench channel's partner key: `bench-partner-key-<k>` for channel `bench-<k>`. */
const apiKeyOf = (channelCode: string) => `bench-partner-key-${channelCode.slice("bench-".length)}`;

export async function seedScale(db: pg.Client, outlets: number, listingsPerOutlet: number) {
  const chains = Math.max(1, Math.ceil(outlets / 1000));
  await db.query(`INSERT INTO chains (id, name, slug) SELECT gen_random_uuid(), 'Bench chain ' || c, 'bench-chain-' || c FROM generate_series(1, $1) c`, [chains]);
  await db.query(
    `INSERT INTO sales_channels (id, code, name, kind, api_key_hash)
     SELECT gen_random_uuid(), 'bench-' || k, 'Bench partner ' || k, 'PARTNER', encode(sha256(('bench-partner-key-' || k)::bytea), 'hex')
     FROM generate_series(1, $1) k`,
    [listingsPerOutlet],
  );
  await db.query(
    `INSERT INTO restaurants (id, chain_id, name, lat, lng, geo_key, address, city, time_zone, updated_at)
     SELECT gen_random_uuid(), (SELECT id FROM chains WHERE slug = 'bench-chain-' || (1 + (n - 1) / 1000)), 'Bench outlet ' || n,
            52.3 + (n % 100) * 0.001, 4.8 + (n / 100) * 0.001, 'u173z', 'Benchstraat ' || n, 'Benchville', 'Europe/Amsterdam', now()
     FROM generate_series(1, $1) n`,
    [outlets],
  );
  await db.query(`
    INSERT INTO opening_periods (id, restaurant_id, day_of_week, opens_minute, closes_minute)
    SELECT gen_random_uuid(), r.id, d, 0, 1440 FROM restaurants r, generate_series(0, 6) d WHERE r.city = 'Benchville'`);
  await db.query(`
    INSERT INTO food_items (id, restaurant_id, name, price_cents, updated_at)
    SELECT gen_random_uuid(), r.id, 'Bench pizza', 1000, now() FROM restaurants r WHERE r.city = 'Benchville'`);
  await db.query(`
    INSERT INTO listings (id, restaurant_id, channel_id, observed_state, observed_at, state_since)
    SELECT gen_random_uuid(), r.id, c.id, 'ONLINE', now(), now()
    FROM restaurants r, sales_channels c WHERE r.city = 'Benchville' AND c.code LIKE 'bench-%'`);
  await db.query(`
    INSERT INTO listing_state_spans (id, listing_id, state, started_at)
    SELECT gen_random_uuid(), l.id, 'ONLINE', now() FROM listings l JOIN sales_channels c ON c.id = l.channel_id WHERE c.code LIKE 'bench-%'`);
  await db.query(`
    INSERT INTO users (id, email, name, password_hash, role, chain_id)
    SELECT gen_random_uuid(), 'admin-' || slug || '@bench.test', 'Admin ' || name, 'not-used', 'CHAIN_ADMIN', id FROM chains WHERE slug LIKE 'bench-chain-%'`);
  await db.query("ANALYZE");
}

export async function benchMonitoring(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: "string", default: "3800" },
      outlets: { type: "string", default: "10000" },
      listings: { type: "string", default: "10" },
      seconds: { type: "string", default: "60" },
      // 10,000 × 10 listings, each observed every 3 minutes: 100,000 / 180 s ≈ 555 a second.
      rate: { type: "string", default: "555" },
      concurrency: { type: "string", default: "16" },
      outages: { type: "string", default: "4" },
    },
  });
  const outlets = Number(values.outlets);
  const listingsPerOutlet = Number(values.listings);
  const maxMs = Number(values.seconds) * 1000;
  const secret = randomBytes(32).toString("base64url");

  console.log("starting the app (builds when the sources changed)…");
  const stack = await startAppStack({
    port: Number(values.port),
    name: "bench_monitoring",
    env: { NEXTAUTH_SECRET: secret, MONITORING_GRACE_SCALE: "0", MONITORING_SWEEP_SECONDS: "5", LOG_LEVEL: "warn" },
  });
  const db = new pg.Client({ connectionString: stack.databaseUrl });
  await db.connect();
  try {
    let t = performance.now();
    await seedScale(db, outlets, listingsPerOutlet);
    const { rows: listings } = await db.query<{ id: string; code: string }>(
      `SELECT l.id, c.code FROM listings l JOIN sales_channels c ON c.id = l.channel_id WHERE c.code LIKE 'bench-%'`,
    );
    const keyOf = new Map(listings.map((l) => [l.id, apiKeyOf(l.code)]));
    console.log(`seeded ${outlets.toLocaleString("en")} outlets × ${listingsPerOutlet} listings (${listings.length.toLocaleString("en")}) in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    // Evaluation throughput: one full sweep, in this process, as the worker runs it.
    process.env.DATABASE_URL = stack.databaseUrl;
    process.env.NEXTAUTH_SECRET = secret;
    process.env.MONITORING_GRACE_SCALE = "0";
    const { evaluateAllOutlets } = await import("@/lib/monitoring/evaluate-outlets");
    const { prisma } = await import("@/lib/db/client");
    t = performance.now();
    const sweep = await evaluateAllOutlets(new Date());
    const sweepMs = performance.now() - t;

    // Observation load with outages injected, timed until their alert.
    const outageStarts = new Map<string, number>(); // listing id → epoch ms
    const latencies: number[] = [];
    const push = (listingId: string, state: string, eventId: string) =>
      fetch(`${stack.baseUrl}/api/v1/listings/${listingId}/observations`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-api-key": keyOf.get(listingId)! },
        body: JSON.stringify({ eventId, state, observedAt: new Date().toISOString() }),
      });
    let stop = false;
    let stoppedAt = 0;
    const injector = (async () => {
      let n = 0;
      while (!stop) {
        const listing = listings[(n * 7919 + 13) % listings.length]!;
        n++;
        const started = Date.now();
        const res = await push(listing.id, "OFFLINE", `outage-${n}`);
        if (res.ok) outageStarts.set(listing.id, started);
        await new Promise((r) => setTimeout(r, 1000 / Number(values.outages)));
      }
    })();
    const watcher = (async () => {
      while (!stop || outageStarts.size > 0) {
        const ids = [...outageStarts.keys()];
        if (ids.length) {
          const { rows } = await db.query<{ listing_id: string; alerted: Date }>(
            `SELECT i.listing_id, min(n.created_at) AS alerted FROM incidents i JOIN notifications n ON n.incident_id = i.id AND n.kind = 'opened'
             WHERE i.listing_id = ANY($1::uuid[]) AND i.state <> 'RESOLVED' GROUP BY i.listing_id`,
            [ids],
          );
          for (const row of rows) {
            latencies.push(row.alerted.getTime() - outageStarts.get(row.listing_id)!);
            outageStarts.delete(row.listing_id);
            void push(row.listing_id, "ONLINE", `recovered-${row.listing_id}-${Date.now()}`);
          }
        }
        if (stop && Date.now() - stoppedAt > 30_000) break; // give up on stragglers
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const intervalMs = (1000 * Number(values.concurrency)) / Number(values.rate);
    const observations = await runLoad({
      concurrency: Number(values.concurrency),
      maxRequests: 10_000_000,
      maxMs,
      request: async (i) => {
        const t0 = performance.now();
        const listing = listings[(i * 104_729) % listings.length]!;
        const res = await push(listing.id, outageStarts.has(listing.id) ? "OFFLINE" : "ONLINE", `tick-${i}`);
        // Paced: each worker sends at most one per interval (the target rate overall).
        const wait = intervalMs - (performance.now() - t0);
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        return res;
      },
    });
    stop = true;
    stoppedAt = Date.now();
    await injector;
    await watcher;

    // The dashboard API for a 1,000-outlet chain, as its admin.
    const { rows: admins } = await db.query<{ id: string; email: string; chain_id: string }>(
      `SELECT id, email, chain_id FROM users WHERE email = 'admin-bench-chain-1@bench.test'`,
    );
    const admin = admins[0]!;
    const token = await mintSessionToken(db, admin.id, secret);
    const status = await runLoad({
      concurrency: 1,
      maxRequests: 30,
      maxMs: 120_000,
      request: () => fetch(`${stack.baseUrl}/api/v1/chains/${admin.chain_id}/outlets/status`, { headers: { cookie: `next-auth.session-token=${token}` } }),
    });
    const statusBody = (await (
      await fetch(`${stack.baseUrl}/api/v1/chains/${admin.chain_id}/outlets/status`, { headers: { cookie: `next-auth.session-token=${token}` } })
    ).json()) as { outlets: unknown[] };

    const ms = (n: number) => `${Math.round(n)} ms`;
    console.log(
      JSON.stringify(
        {
          scale: { outlets, listings: listings.length },
          evaluation: {
            sweepOutlets: sweep.outlets,
            sweepMs: Math.round(sweepMs),
            outletsPerSecond: Math.round((sweep.outlets * 1000) / sweepMs),
            listingsPerSecond: Math.round((listings.length * 1000) / sweepMs),
          },
          observations: {
            ...summarize("POST /api/v1/listings/{id}/observations", observations),
            targetPerSecond: Number(values.rate),
            achievedPerSecond: Math.round((observations.ok * 1000) / observations.elapsedMs),
          },
          outageToAlert: {
            outages: latencies.length,
            unresolvedAfter30s: outageStarts.size,
            p50: ms(percentile(latencies, 50)),
            p99: ms(percentile(latencies, 99)),
            max: ms(Math.max(...latencies)),
            floorP99: "10000 ms",
          },
          outletsStatus: { ...summarize(`GET /api/v1/chains/{id}/outlets/status (${statusBody.outlets.length} outlets)`, status), floor: "1000 ms" },
        },
        null,
        2,
      ),
    );
    await prisma.$disconnect();
  } finally {
    await db.end();
    await stack.stop();
  }
}
