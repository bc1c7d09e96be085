// `npm run bench -- ordering`: menu reads and order placement over HTTP against the
// production build (web + realtime + worker) on a fresh demo database.
// Targets (seed 002): menu P99 < 200 ms, 500 orders/min with P99 < 500 ms.
import { parseArgs } from "node:util";
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { startAppStack } from "../tests/support/app-stack";
import { prepareChoices } from "./ordering-choices";
import { mintSessionToken } from "../tests/support/session-cookie";
import { TEST_CARDS } from "@/lib/payments/simulated-provider";
import { runLoad, summarize } from "./load";

export async function benchOrdering(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: "string", default: "3500" },
      concurrency: { type: "string", default: "16" },
      seconds: { type: "string", default: "30" },
      // Each customer may place 10 orders a minute (rate limit): enough of them to not hit it.
      customers: { type: "string", default: "400" },
    },
  });
  const concurrency = Number(values.concurrency);
  const maxMs = Number(values.seconds) * 1000;
  const secret = randomBytes(32).toString("base64url");
  console.log("starting the app (builds when the sources changed)…");
  const stack = await startAppStack({ port: Number(values.port), name: "bench", env: { NEXTAUTH_SECRET: secret, ORDERS_PER_IP_PER_MINUTE: "1000000" } });
  const db = new pg.Client({ connectionString: stack.databaseUrl });
  await db.connect();
  try {
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
    const customers = await Promise.all(customerRows.map(async (c) => `next-auth.session-token=${await mintSessionToken(db, c.id, secret)}`));

    const orders = await runLoad({
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

    const report = [summarize("menu read (GET /api/v1/restaurants/{id}/menu)", menu), summarize("order placement (POST /api/v1/orders, paid)", orders)];
    console.log(JSON.stringify({ concurrency, seconds: maxMs / 1000, report }, null, 2));
  } finally {
    await db.end();
    await stack.stop();
  }
}
