// `npm run bench -- reports [--outlets 1000] [--days 28]`: how long the availability report
// (uptime by day/week, best/worst, MTTA/MTTR, lost sales) takes for one big chain, in process
// against PostgreSQL (DATABASE_URL's server, else an embedded one), on a database of its own:
// N outlets × 4 listings, a state change every 4 hours per listing for `days` days, 10 paid
// orders per outlet per day and one incident per outlet per day.
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { dropDatabase, ensureDatabase, withDatabase } from "@/lib/db/admin";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/migrations";
import { percentile } from "./load";

const RUNS = 5;

async function seed(url: string, outlets: number, days: number): Promise<{ chainId: string }> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const { rows } = await db.query<{ id: string }>(`INSERT INTO chains (id, name, slug) VALUES (gen_random_uuid(), 'Bench Chain', 'bench-chain') RETURNING id`);
    const chainId = rows[0]!.id;
    await db.query(`INSERT INTO users (id, email, name, password_hash, role) VALUES (gen_random_uuid(), 'bench@example.test', 'Bench', 'x', 'CUSTOMER')`);
    await db.query(
      `INSERT INTO sales_channels (id, code, name, kind) SELECT gen_random_uuid(), 'c' || i, 'Channel ' || i, 'MARKETPLACE' FROM generate_series(1, 4) i`,
    );
    await db.query(
      `INSERT INTO restaurants (id, chain_id, name, lat, lng, geo_key, address, city, time_zone, updated_at)
       SELECT gen_random_uuid(), $1, 'Outlet ' || lpad(i::text, 5, '0'), 52.37, 4.89, 'u173z', 'Street ' || i, 'Amsterdam', 'Europe/Amsterdam', now()
       FROM generate_series(1, $2::int) i`,
      [chainId, outlets],
    );
    // Lunch and dinner every day: two periods, so the hours arithmetic is not trivially 24/7.
    await db.query(
      `INSERT INTO opening_periods (id, restaurant_id, day_of_week, opens_minute, closes_minute)
       SELECT gen_random_uuid(), r.id, d, p.opens, p.closes FROM restaurants r, generate_series(0, 6) d, (VALUES (660, 900), (1020, 1380)) p(opens, closes)`,
    );
    await db.query(`INSERT INTO listings (id, restaurant_id, channel_id) SELECT gen_random_uuid(), r.id, c.id FROM restaurants r, sales_channels c`);
    // A band every 4 hours, ONLINE most of the time, OFFLINE one band in six.
    await db.query(
      `INSERT INTO listing_state_spans (id, listing_id, state, started_at, ended_at)
       SELECT gen_random_uuid(), l.id, CASE WHEN (n + abs(hashtext(l.id::text))) % 6 = 0 THEN 'OFFLINE'::"ListingState" ELSE 'ONLINE'::"ListingState" END,
              now() - make_interval(hours => 4 * n), CASE WHEN n = 0 THEN NULL ELSE now() - make_interval(hours => 4 * (n - 1)) END
       FROM listings l, generate_series(0, $1::int * 6) n`,
      [days],
    );
    await db.query(
      `INSERT INTO orders (id, restaurant_id, customer_id, idempotency_key, status, subtotal_cents, total_cents, placed_at, updated_at)
       SELECT gen_random_uuid(), r.id, (SELECT id FROM users LIMIT 1), gen_random_uuid()::text, 'DELIVERED', 1500 + (n % 20) * 100, 2000, now() - make_interval(mins => 144 * n), now()
       FROM restaurants r, generate_series(1, $1::int * 10) n`,
      [days],
    );
    await db.query(
      `INSERT INTO incidents (id, chain_id, restaurant_id, rule, dedupe_key, severity, state, started_at, acknowledged_at, resolved_at)
       SELECT gen_random_uuid(), $1, r.id, 'offline_while_open', gen_random_uuid()::text, 'HIGH', 'RESOLVED',
              now() - make_interval(days => d), now() - make_interval(days => d) + interval '4 minutes', now() - make_interval(days => d) + interval '35 minutes'
       FROM restaurants r, generate_series(1, $2::int) d`,
      [chainId, days],
    );
    await db.query("VACUUM ANALYZE");
    return { chainId };
  } finally {
    await db.end();
  }
}

export async function benchReports(argv: string[]) {
  const { values } = parseArgs({ args: argv, options: { outlets: { type: "string", default: "1000" }, days: { type: "string", default: "28" } } });
  const outlets = Number(values.outlets);
  const days = Number(values.days);
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dataDir: path.join(os.tmpdir(), `swifteats-benchreports-${randomBytes(4).toString("hex")}`), port: 56000 + Math.floor(Math.random() * 4000), persistent: false });
  const server = process.env.DATABASE_URL ?? embedded!.url("postgres");
  const url = withDatabase(server, `swifteats_benchreports_${Date.now()}`);
  await ensureDatabase(url);
  try {
    await applyMigrations(url);
    let started = Date.now();
    const { chainId } = await seed(url, outlets, days);
    console.log(`seeded ${outlets} outlets × 4 listings, ${days} days (${outlets * 4 * (days * 6 + 1)} state bands, ${outlets * days * 10} orders) in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    // The domain code reads DATABASE_URL when first imported: point it at the bench database.
    process.env.DATABASE_URL = url;
    process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("base64url");
    const { getChainReport } = await import("@/lib/monitoring/reports/get-chain-report");
    const { getOutletTimeline } = await import("@/lib/monitoring/reports/get-outlet-timeline");
    const { prisma } = await import("@/lib/db/client");
    const actor = { userId: "00000000-0000-4000-8000-000000000000", role: "PLATFORM_ADMIN" as const, chainId: null, name: "Bench", email: "bench@example.test" };
    const today = new Date().toISOString().slice(0, 10);
    const ago = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

    for (const [label, query] of [
      ["1 day by day", { from: today, to: today, granularity: "day" as const }],
      ["7 days by day", { from: ago(6), to: today, granularity: "day" as const }],
      [`${days} days by week`, { from: ago(days - 1), to: today, granularity: "week" as const }],
    ] as const) {
      const times: number[] = [];
      let lost = 0;
      for (let i = 0; i < RUNS; i++) {
        started = performance.now();
        const report = await getChainReport(actor, chainId, query);
        times.push(performance.now() - started);
        lost = report.lostSalesCents;
      }
      console.log(`report ${label}: median ${percentile(times, 50).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms over ${RUNS} runs (lost sales €${(lost / 100).toFixed(2)})`);
    }
    // Of which: reading the bands (the rest is the orders/incidents queries and the arithmetic).
    const { loadListingBands } = await import("@/lib/monitoring/reports/load-listing-bands");
    started = performance.now();
    const window = { from: new Date(Date.now() - days * 86_400_000), to: new Date(), hoursFrom: new Date(Date.now() - days * 86_400_000) };
    const loaded = await loadListingBands(prisma, { chainId }, window);
    console.log(`  loading ${loaded.reduce((n, o) => n + o.listings.reduce((m, l) => m + l.bands.length, 0), 0)} bands of ${days} days: ${(performance.now() - started).toFixed(0)} ms`);
    const outlet = await prisma.restaurant.findFirstOrThrow({ where: { chainId }, select: { id: true } });
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      started = performance.now();
      await getOutletTimeline(actor, outlet.id, undefined);
      times.push(performance.now() - started);
    }
    console.log(`outlet timeline (one day): median ${percentile(times, 50).toFixed(1)} ms`);
    await prisma.$disconnect();
  } finally {
    await dropDatabase(url);
    await embedded?.stop();
  }
}
