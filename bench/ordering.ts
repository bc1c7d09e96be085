// `npm run bench -- ordering`: menu reads and order placement over HTTP against the
// production build (web + realtime + worker) on a fresh demo database.
// Targets (seed 002): menu P99 < 200 ms, 500 orders/min with P99 < 500 ms; issue 11: the whole
// stack at 10,000 orders/min with P99 < 300 ms, ≤ 12 ms CPU per order over all processes.
// Prints each process's idle RSS (before any load), and for the orders: each process's CPU per
// order (web, realtime, worker, the PostgreSQL backends of the run's database, the Redis
// server), counted from the first order to `--drain` seconds after the last (the worker's
// follow-ups of the last orders), gross and net of what the process burns when idle (pg-boss
// polling, sweeps, the partner feed; measured over `--idle` seconds before any load: at a few
// orders a second it would otherwise dominate), its RSS under load, and the load average. `--cpu-prof <dir>`
// profiles each of the stack's Node.js processes (bench/cpu-profile-preload.mjs). When the
// server loads pg_stat_statements, the `--statements` statements that took PostgreSQL longest
// per order (bench/top-statements.ts; 0: none).
import { parseArgs } from "node:util";
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import path from "node:path";
import { startAppStack } from "../tests/support/app-stack";
import { prepareChoices } from "./ordering-choices";
import { mintSessionTokens } from "../tests/support/session-cookie";
import { TEST_CARDS } from "@/lib/payments/simulated-provider";
import { runLoad, summarize, type LoadResult } from "./load";
import { childProcesses, cpuSince, cpuSnapshot, loadAverage, rssMb } from "./proc-stats";
import { LOAD_APPLICATION_NAME } from "./bench-database";
import { backendPids, redisServerPid } from "./compare";
import { databaseName } from "@/lib/db/admin";
import { enableStatementStats, formatTopStatements, readStatementStats, resetStatementStats, topStatements } from "./top-statements";

const sum = (values: Record<string, number>) => Object.values(values).reduce((a, b) => a + b, 0);
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The stack's Node.js processes by name (web, realtime, worker…: their compiled entry's name). */
function stackProcesses(launcherPid: number): { name: string; pid: number }[] {
  return childProcesses(launcherPid).flatMap(({ pid, command }) => {
    const name = /\.server-build\/([\w-]+)\.mjs/.exec(command)?.[1];
    return name ? [{ name, pid }] : [];
  });
}

export async function benchOrdering(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: "string", default: "3500" },
      concurrency: { type: "string", default: "16" },
      seconds: { type: "string", default: "30" },
      // Each customer may place 10 orders a minute (rate limit): enough of them to not hit it.
      customers: { type: "string", default: "400" },
      drain: { type: "string", default: "5" },
      idle: { type: "string", default: "10" },
      "cpu-prof": { type: "string" },
      statements: { type: "string", default: "12" },
    },
  });
  const concurrency = Number(values.concurrency);
  const maxMs = Number(values.seconds) * 1000;
  const secret = randomBytes(32).toString("base64url");
  console.log("starting the app (builds when the sources changed)…");
  const profileDir = values["cpu-prof"] && path.resolve(values["cpu-prof"]);
  const profile: Record<string, string> = profileDir ? { NODE_OPTIONS: `--import=${path.resolve("bench/cpu-profile-preload.mjs")}`, CPU_PROFILE_DIR: profileDir } : {};
  const stack = await startAppStack({ port: Number(values.port), name: "bench", env: { NEXTAUTH_SECRET: secret, ORDERS_PER_IP_PER_MINUTE: "1000000", ...profile } });
  const db = new pg.Client({ connectionString: stack.databaseUrl, application_name: LOAD_APPLICATION_NAME });
  await db.connect();
  try {
    const processes = stackProcesses(stack.pid);
    const redisPids = await redisServerPid(stack.redisUrl ?? process.env.REDIS_URL ?? "redis://127.0.0.1:6379").catch(() => []);
    const database = databaseName(stack.databaseUrl);
    const statements = Number(values.statements) > 0 && (await enableStatementStats(db));
    // Idle: started, healthy, no request served yet.
    const idleMs = Number(values.idle) * 1000;
    if (statements) await resetStatementStats(db);
    const idle = await measureCpu(processes, redisPids, () => backendPids(db, database), () => sleep(idleMs));
    const idleStatements = statements ? await readStatementStats(db, idle.elapsedMs) : null;
    const idleRss = Object.fromEntries(processes.map((p) => [p.name, rssMb(p.pid)]));
    // Outlets open around the clock, and their items with stock topped up so the run
    // measures placement, not sold-out refusals.
    const { rows: candidates } = await db.query<{ id: string; restaurant_id: string }>(`
      SELECT i.id, i.restaurant_id FROM food_items i
      JOIN opening_periods p ON p.restaurant_id = i.restaurant_id AND p.opens_minute = 0 AND p.closes_minute = 1440
      WHERE i.in_stock AND i.archived_at IS NULL
      GROUP BY i.id, i.restaurant_id HAVING count(DISTINCT p.day_of_week) = 7`);
    await db.query(`UPDATE inventory SET quantity = 1000000 WHERE quantity IS NOT NULL`);
    const choices = await prepareChoices(db, candidates.map((i) => i.id));
    const items = candidates.filter((i) => choices.orderable(i.id));
    await db.query(`UPDATE restaurants SET min_order_cents = 0`);
    const restaurants = [...new Set(items.map((i) => i.restaurant_id))];
    const { rows: all } = await db.query<{ id: string }>(`SELECT id FROM restaurants`);
    console.log(`catalog: ${all.length} restaurants, ${items.length} orderable items in ${restaurants.length} round-the-clock outlets`);

    const menu = await runLoad({
      concurrency,
      maxRequests: 5000,
      maxMs,
      request: (i) => fetch(`${stack.baseUrl}/api/v1/restaurants/${all[i % all.length]!.id}/menu`),
    });

    // Customers: rows written directly (a real sign-up waits for its emailed link; this bench
    // measures ordering), each with a session as signing in makes one.
    const { rows: customerRows } = await db.query<{ id: string }>(
      `INSERT INTO users (id, email, name, password_hash, role)
       SELECT gen_random_uuid(), 'bench-' || i || '-' || $2 || '@example.test', 'Bench ' || i, 'not-used', 'CUSTOMER'
       FROM generate_series(1, $1::int) i RETURNING id`,
      [Number(values.customers), randomUUID()],
    );
    const customers = (await mintSessionTokens(db, customerRows.map((c) => c.id), secret)).map((token) => `next-auth.session-token=${token}`);

    const placeOrders = () =>
      runLoad({
        concurrency,
        maxRequests: 100_000,
        maxMs,
        request: (i) => {
          const item = items[i % items.length]!;
          return fetch(`${stack.baseUrl}/api/v1/orders`, {
            method: "POST",
            headers: { "content-type": "application/json", cookie: customers[i % customers.length]!, "idempotency-key": randomUUID() },
            body: JSON.stringify({
              restaurantId: item.restaurant_id,
              items: [{ itemId: item.id, quantity: 1, options: choices.choose(item.id, i) }],
              delivery: { address: "Damrak 1, Amsterdam", lat: 52.376, lng: 4.897 },
              tipCents: 100,
              cardNumber: TEST_CARDS.success,
            }),
          });
        },
      });
    let orders: LoadResult | undefined;
    let rssUnderOrders: Record<string, number> = {};
    let loadUnderOrders = 0;
    if (statements) await resetStatementStats(db);
    const generatorBefore = cpuSnapshot([process.pid]);
    const busy = await measureCpu(processes, redisPids, () => backendPids(db, database), async () => {
      orders = await placeOrders();
      loadUnderOrders = loadAverage();
      rssUnderOrders = Object.fromEntries(processes.map((p) => [p.name, rssMb(p.pid)]));
      await sleep(Number(values.drain) * 1000);
    });
    const placed = orders!;
    const busyStatements = statements ? await readStatementStats(db, busy.elapsedMs) : null;
    // Jobs due that the worker had not finished when the window closed: work these figures miss.
    const { rows: unfinished } = await db.query<{ name: string; state: string; jobs: number }>(
      `SELECT name, state::text, count(*)::int AS jobs FROM pgboss.job WHERE state IN ('created', 'retry', 'active') AND start_after <= now() AND name NOT LIKE '\\_\\_%' GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    // The load generator (this process): not part of the stack, but it shares its cores.
    const generatorCpuMsPerOrder = Math.round((cpuSince(generatorBefore, [process.pid]) / Math.max(placed.ok, 1)) * 100) / 100;
    const round2 = (n: number) => Math.round(n * 100) / 100;
    const cpuPerOrder = (net: boolean) => {
      const figures = Object.fromEntries(
        Object.entries(busy.cpuMs).map(([name, ms]) => [name, round2((net ? ms - (idle.cpuMs[name]! / idle.elapsedMs) * busy.elapsedMs : ms) / Math.max(placed.ok, 1))]),
      );
      return { ...figures, total: round2(sum(figures)) };
    };

    const report = [summarize("menu read (GET /api/v1/restaurants/{id}/menu)", menu), summarize("order placement (POST /api/v1/orders, paid)", placed)];
    const stackCost = {
      cpuMsPerOrder: cpuPerOrder(false),
      cpuMsPerOrderNetOfIdle: cpuPerOrder(true),
      generatorCpuMsPerOrder,
      idleCpuPercent: Object.fromEntries(Object.entries(idle.cpuMs).map(([name, ms]) => [name, Math.round((ms / idle.elapsedMs) * 1000) / 10])),
      drainSeconds: Number(values.drain),
      jobsUnfinishedAfterDrain: Object.fromEntries(unfinished.map((r) => [`${r.name} ${r.state}`, r.jobs])),
      idleRssMb: { ...idleRss, stack: sum(idleRss) },
      rssMbUnderOrders: { ...rssUnderOrders, stack: sum(rssUnderOrders) },
      loadAverage: loadUnderOrders,
    };
    const statementRanking = busyStatements && topStatements(busyStatements, idleStatements, placed.ok, Number(values.statements));
    console.log(JSON.stringify({ concurrency, seconds: maxMs / 1000, report, stackCost, ...(statementRanking && { statementsPerOrder: { statements: statementRanking.statements, ...statementRanking.total } }) }, null, 2));
    if (statementRanking) console.log(formatTopStatements(statementRanking, "order"));
  } finally {
    await db.end();
    await stack.stop();
  }
}

/** CPU ms each of the stack's processes, its PostgreSQL backends and Redis used while `work` ran. */
async function measureCpu(processes: { name: string; pid: number }[], redisPids: number[], backends: () => Promise<number[]>, work: () => Promise<void>) {
  const before = cpuSnapshot([...processes.map((p) => p.pid), ...redisPids, ...(await backends())]);
  const start = performance.now();
  await work();
  const elapsedMs = performance.now() - start;
  const cpuMs: Record<string, number> = Object.fromEntries(processes.map((p) => [p.name, cpuSince(before, [p.pid])]));
  cpuMs.postgresql = cpuSince(before, await backends());
  cpuMs.redis = cpuSince(before, redisPids);
  return { cpuMs, elapsedMs };
}
