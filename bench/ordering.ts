// `npm run bench -- ordering`: menu reads and order placement over HTTP against the
// production build (web + realtime + worker) on a fresh demo database.
// Targets (seed 002): menu P99 < 200 ms, 500 orders/min with P99 < 500 ms.
import { parseArgs } from "node:util";
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { encode } from "next-auth/jwt";
import { startAppStack } from "../tests/support/app-stack";
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
    const { rows: items } = await db.query<{ id: string; restaurant_id: string }>(`
      SELECT i.id, i.restaurant_id FROM food_items i
      JOIN opening_periods p ON p.restaurant_id = i.restaurant_id AND p.opens_minute = 0 AND p.closes_minute = 1440
      WHERE i.in_stock AND i.archived_at IS NULL
      GROUP BY i.id, i.restaurant_id HAVING count(DISTINCT p.day_of_week) = 7`);
    await db.query(`UPDATE inventory SET quantity = 1000000 WHERE quantity IS NOT NULL`);
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

    // Customers: real sign-ups; sessions minted with the app's secret (what signing in returns).
    const customers: string[] = [];
    const signUp = async (i: number) => {
      const email = `bench-${i}-${randomUUID()}@example.test`;
      const res = await fetch(`${stack.baseUrl}/api/v1/signup`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: `Bench ${i}`, email, password: "bench-password-1" }),
      });
      const { user } = (await res.json()) as { user: { id: string } };
      const token = await encode({ token: { sub: user.id, role: "CUSTOMER", chainId: null, name: `Bench ${i}`, email }, secret });
      customers.push(`next-auth.session-token=${token}`);
    };
    for (let i = 0; i < Number(values.customers); i += 8) {
      await Promise.all(Array.from({ length: Math.min(8, Number(values.customers) - i) }, (_, j) => signUp(i + j)));
    }

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
            items: [{ itemId: item.id, quantity: 1 }],
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
