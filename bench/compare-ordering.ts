// Order placement in `npm run bench -- compare`: the web process (server/web.ts on the
// production build) against the raw baseline (bench/baselines/order-server.ts), both taking
// POST /api/v1/orders from the same signed-in customers at the same concurrency. One
// operation is one order placed and paid (201), of one dish with its menu options chosen
// (bench/ordering-choices.ts) and a line note. Only the web process runs: the worker and the
// realtime server are not part of this path (their share is in `npm run bench -- ordering`).
import { baselineArgs, ensureBuild, startProcess } from "./start-process";
import { compiledArgs } from "../server/start/server-entries";
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { mintSessionTokens } from "../tests/support/session-cookie";
import { TEST_CARDS } from "@/lib/payments/simulated-provider";
import { waitForHealth } from "./gps-load";
import { prepareChoices } from "./ordering-choices";
import { percentile } from "./load";
import type { HotPath, LoadFigures, PathContext } from "./compare";

export interface OrderingPathOptions {
  concurrency: number;
  /** Customers to spread the orders over: each may place 10 a minute (the checkout's limit). */
  customers: number;
  warmupSeconds: number;
  cpuProf: string | undefined;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function orderingPath(context: PathContext, options: OrderingPathOptions): Promise<HotPath> {
  await ensureBuild();
  const secret = randomBytes(32).toString("base64url");
  const db = new pg.Client({ connectionString: context.databaseUrl });
  await db.connect();
  let items: { id: string; restaurant_id: string }[];
  let cookies: string[];
  let choices: Awaited<ReturnType<typeof prepareChoices>>;
  try {
    // Outlets open around the clock, stock topped up, no minimum: the run measures placement.
    ({ rows: items } = await db.query<{ id: string; restaurant_id: string }>(`
      SELECT i.id, i.restaurant_id FROM food_items i
      JOIN opening_periods p ON p.restaurant_id = i.restaurant_id AND p.opens_minute = 0 AND p.closes_minute = 1440
      WHERE i.in_stock AND i.archived_at IS NULL
      GROUP BY i.id, i.restaurant_id HAVING count(DISTINCT p.day_of_week) = 7`));
    await db.query(`UPDATE inventory SET quantity = 100000000 WHERE quantity IS NOT NULL`);
    choices = await prepareChoices(db, items.map((i) => i.id));
    items = items.filter((i) => choices.orderable(i.id));
    await db.query(`UPDATE restaurants SET min_order_cents = 0`);
    const { rows: customers } = await db.query<{ id: string }>(
      `INSERT INTO users (id, email, name, password_hash, role)
       SELECT gen_random_uuid(), 'compare-' || i || '-' || $2 || '@example.test', 'Compare ' || i, 'not-used', 'CUSTOMER'
       FROM generate_series(1, $1::int) i RETURNING id`,
      [options.customers, randomUUID()],
    );
    cookies = (await mintSessionTokens(db, customers.map((c) => c.id), secret)).map((token) => `next-auth.session-token=${token}`);
  } finally {
    await db.end();
  }
  if (items.length === 0) throw new Error("ordering: the demo has no round-the-clock outlet");

  const env = { ...process.env, DATABASE_URL: context.databaseUrl, REDIS_URL: context.redisUrl, NEXTAUTH_SECRET: secret, LOG_LEVEL: "error", NODE_ENV: "production" as const, ORDERS_PER_IP_PER_MINUTE: "100000000", NEXT_TELEMETRY_DISABLED: "1" };
  // Both sides run compiled, as production runs the app.
  const sides: Record<string, { args: string[]; portVar: string; health: string; profile: boolean }> = {
    app: { args: compiledArgs("web"), portVar: "PORT", health: "/api/health", profile: true },
    raw: { args: baselineArgs("order-server"), portVar: "BASELINE_PORT", health: "/health", profile: false },
  };
  let sent = 0;
  const order = (url: string) => {
    const i = sent++;
    const item = items[i % items.length]!;
    return fetch(`${url}/api/v1/orders`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: cookies[i % cookies.length]!, "idempotency-key": randomUUID(), origin: url },
      body: JSON.stringify({
        restaurantId: item.restaurant_id,
        items: [{ itemId: item.id, quantity: 1, notes: i % 3 === 0 ? "no onions" : undefined, options: choices.choose(item.id, i) }],
        delivery: { address: "Damrak 1, Amsterdam", lat: 52.376, lng: 4.897 },
        tipCents: 100,
        cardNumber: TEST_CARDS.success,
      }),
    });
  };

  return {
    name: "order placement",
    unit: "order",
    sides: ["app", "raw"],
    async start(side, port) {
      const { args, portVar, health, profile } = sides[side]!;
      const flags = profile && options.cpuProf ? ["--cpu-prof", `--cpu-prof-dir=${options.cpuProf}`] : [];
      const { child, stop } = startProcess(process.execPath, [...flags, ...args], { ...env, [portVar]: String(port), NEXTAUTH_URL: `http://127.0.0.1:${port}` });
      const url = `http://127.0.0.1:${port}`;
      try {
        await waitForHealth(`${url}${health}`, child, Date.now() + 120_000);
      } catch (error) {
        await stop();
        throw error;
      }
      return { pid: child.pid!, url, stop };
    },
    async load({ url }) {
      // Closed loop: `concurrency` clients, each sending its next order when the last one is answered.
      let window: { latencies: number[]; created: number; statuses: Record<number, number> } | null = null;
      let running = true;
      const client = async () => {
        while (running) {
          const t0 = performance.now();
          const res = await order(url).catch(() => null);
          await res?.arrayBuffer();
          if (!window) continue;
          const status = res?.status ?? 0;
          window.statuses[status] = (window.statuses[status] ?? 0) + 1;
          if (status === 201) {
            window.created++;
            window.latencies.push(performance.now() - t0);
          }
        }
      };
      const clients = Array.from({ length: options.concurrency }, client);
      await sleep(options.warmupSeconds * 1000);
      return {
        pids: [process.pid],
        async measure(seconds): Promise<LoadFigures> {
          window = { latencies: [], created: 0, statuses: {} };
          const measured = window;
          await sleep(seconds * 1000);
          window = null;
          const failed = Object.entries(measured.statuses).filter(([s]) => s !== "201");
          return {
            perSecond: Math.round(measured.created / seconds),
            ops: measured.created,
            p50: percentile(measured.latencies, 50),
            p99: percentile(measured.latencies, 99),
            extra: { "not 201": failed.map(([s, n]) => `${s}×${n}`).join(" ") || "0" },
          };
        },
        async stop() {
          running = false;
          await Promise.all(clients);
        },
      };
    },
  };
}
