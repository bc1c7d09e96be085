// Raw baseline for order placement in `npm run bench -- compare`: what POST /api/v1/orders
// does for a signed-in customer, with no framework — node:http, `pg` and `ioredis` — and the
// same work: the session cookie decoded (next-auth's JWE) and its row read, the per-address
// and per-customer limits (one sliding-window script each), the body validated, the replay
// check with the outlet, hours and items with their option groups and options in one read, the
// choices validated and priced (the shared pure rule, lib/menu/resolve-choices.ts), the order
// written in one statement in a transaction with its lines' options and allergens snapshotted,
// counted options reserved and every chosen option re-checked and held, the charge (the simulated provider's success answer, in process), the
// settlement in one statement, the order as JSON. Run: BASELINE_PORT, DATABASE_URL,
// REDIS_URL, NEXTAUTH_SECRET.
import http from "node:http";
import { createHash, randomInt, randomUUID } from "node:crypto";
import { decode } from "next-auth/jwt";
import { Redis } from "ioredis";
import pg from "pg";
import { z } from "zod";
import { resolveChoices, type ChoiceItem, type ResolvedOption } from "@/lib/menu/resolve-choices";

const db = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const redis = new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379");
const secret = process.env.NEXTAUTH_SECRET!;
// Each statement prepared once per connection, as the app does (lib/db/sql.ts `prepared`), unless it is told not to.
const prepare = process.env.DATABASE_PREPARED_STATEMENTS !== "false";
const statement = (name: string, text: string, values: unknown[]): pg.QueryConfig => ({ ...(prepare && { name }), text, values });

redis.defineCommand("hit", {
  numberOfKeys: 1,
  lua: `redis.call('ZREMRANGEBYSCORE', KEYS[1], 0, tonumber(ARGV[1]) - tonumber(ARGV[2]))
        if redis.call('ZSCORE', KEYS[1], ARGV[4]) then return -1 end
        if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[3]) then
          redis.call('ZADD', KEYS[1], ARGV[1], ARGV[4]) redis.call('PEXPIRE', KEYS[1], ARGV[2]) return -1 end
        return 1`,
});
const hit = (key: string, limit: number, member: string) =>
  (redis as unknown as { hit(k: string, now: number, w: number, l: number, m: string): Promise<number> }).hit(`bench:ratelimit:${key}`, Date.now(), 60_000, limit, member);

const body = z.object({
  restaurantId: z.uuid(),
  items: z
    .array(
      z.object({
        itemId: z.uuid(),
        quantity: z.number().int().min(1).max(50),
        notes: z.string().max(200).optional(),
        options: z.array(z.object({ groupId: z.uuid(), optionIds: z.array(z.uuid()).max(20) })).max(20).optional(),
      }),
    )
    .min(1)
    .max(50),
  kitchenNote: z.string().max(500).optional(),
  delivery: z.object({ address: z.string().min(3).max(200), lat: z.number(), lng: z.number() }),
  tipCents: z.number().int().min(0).max(10_000).default(0),
  cardNumber: z.string().regex(/^\d{12,19}$/),
});

const send = (res: http.ServerResponse, status: number, value: unknown) => {
  const json = JSON.stringify(value);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(json) }).end(json);
};

async function placeOrder(req: http.IncomingMessage, raw: string): Promise<[number, unknown]> {
  const cookie = /(?:^|;\s*)next-auth\.session-token=([^;]+)/.exec(req.headers.cookie ?? "")?.[1];
  const token = cookie ? await decode({ token: cookie, secret }) : null;
  if (!token?.sid) return [401, { error: "Sign in first" }];
  const { rows: sessions } = await db.query<{ user_id: string; role: string }>(statement(
    "session",
    `SELECT u.id AS user_id, u.role FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
    [token.sid],
  ));
  const session = sessions[0];
  if (!session || session.role !== "CUSTOMER") return [403, { error: "Not allowed" }];
  const key = req.headers["idempotency-key"] as string;
  if ((await hit(`orders:ip:${req.socket.remoteAddress}`, 1_000_000, key)) >= 0) return [429, { error: "Too many" }];
  const input = body.parse(JSON.parse(raw));
  const hash = createHash("sha256").update(raw).digest("hex");
  const ids = input.items.map((i) => i.itemId);
  const { rows: [context] } = await db.query(statement(
    "context",
    `SELECT (SELECT id FROM orders WHERE customer_id = $1 AND idempotency_key = $2) AS existing,
            (SELECT json_build_object('r', r, 'p', (SELECT json_agg(p) FROM opening_periods p WHERE p.restaurant_id = r.id),
                    'i', (SELECT json_agg(json_build_object('id', i.id, 'name', i.name, 'priceCents', i.price_cents, 'q', inv.quantity,
                                 'tags', COALESCE(i.tags, '{}'), 'allergens', i.allergens, 'mayContain', i.may_contain,
                                 'groups', COALESCE((SELECT json_agg(json_build_object('id', g.id, 'name', g.name, 'minSelect', g.min_select, 'maxSelect', g.max_select,
                                     'options', (SELECT json_agg(json_build_object('id', m.id, 'name', m.name, 'priceDeltaCents', m.price_delta_cents,
                                                   'available', m.in_stock AND m.archived_at IS NULL AND COALESCE(m.quantity > 0, true),
                                                   'allergens', m.allergens, 'mayContain', m.may_contain, 'voidsDiet', m.voids_diet) ORDER BY m.position)
                                                 FROM menu_options m WHERE m.group_id = g.id)) ORDER BY ig.position)
                                   FROM item_option_groups ig JOIN option_groups g ON g.id = ig.group_id
                                   WHERE ig.item_id = i.id AND g.archived_at IS NULL), '[]')))
                          FROM food_items i LEFT JOIN inventory inv ON inv.item_id = i.id WHERE i.restaurant_id = r.id AND i.id = ANY($4::uuid[])))
             FROM restaurants r WHERE r.id = $3) AS outlet`,
    [session.user_id, key, input.restaurantId, ids],
  ));
  if (context.existing) return [201, { order: { id: context.existing } }];
  if ((await hit(`orders:user:${session.user_id}`, 1_000_000, key)) >= 0) return [429, { error: "Too many" }];
  const items = new Map<string, ChoiceItem & { q: number | null }>(context.outlet.i.map((i: { id: string }) => [i.id, i]));
  const lines: { itemId: string; name: string; price: number; quantity: number; notes: string | null; options: ResolvedOption[]; allergens: string[] }[] = [];
  for (const line of input.items) {
    const item = items.get(line.itemId);
    if (!item) return [400, { error: "Invalid item" }];
    const resolved = resolveChoices(item, line.options);
    if (!resolved.ok) return [resolved.status, { error: resolved.message, code: resolved.code }];
    lines.push({ itemId: line.itemId, name: item.name, price: resolved.unitPriceCents, quantity: line.quantity, notes: line.notes ?? null, options: resolved.options, allergens: resolved.allergens });
  }
  const optionNeed = new Map<string, number>();
  for (const l of lines) for (const o of l.options) optionNeed.set(o.optionId, (optionNeed.get(o.optionId) ?? 0) + l.quantity);
  const optionIds = [...optionNeed.keys()].sort();
  const subtotal = lines.reduce((sum, l) => sum + l.price * l.quantity, 0);
  const total = subtotal + context.outlet.r.delivery_fee_cents + input.tipCents;
  const orderId = randomUUID();
  const paymentId = randomUUID();
  const client = await db.connect();
  try {
    await client.query("BEGIN");
    const { rows: [written] } = await client.query<{ held: number }>(statement(
      "place",
      `WITH line AS (SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[], $4::int[], $19::text[], $20::text[], $21::text[])
                     AS x(item_id, name, price, quantity, notes, options, allergens)),
       reserved AS (UPDATE inventory i SET quantity = i.quantity - line.quantity, version = i.version + 1, updated_at = now()
                    FROM line WHERE i.item_id = line.item_id AND i.quantity >= line.quantity RETURNING i.item_id),
       counted AS (UPDATE menu_options m SET quantity = m.quantity - n.quantity, version = m.version + 1, updated_at = now()
                   FROM unnest($22::uuid[], $23::int[]) AS n(id, quantity)
                   WHERE m.id = n.id AND m.in_stock AND m.archived_at IS NULL AND m.quantity >= n.quantity RETURNING m.id),
       held AS (SELECT id FROM menu_options WHERE id = ANY($22::uuid[]) AND in_stock AND archived_at IS NULL AND quantity IS NULL FOR SHARE),
       o AS (INSERT INTO orders (id, restaurant_id, customer_id, channel, idempotency_key, request_hash, subtotal_cents, delivery_fee_cents, tip_cents,
                                total_cents, delivery_address, delivery_lat, delivery_lng, delivery_code, prep_minutes, kitchen_note, updated_at)
             VALUES ($5, $6, $7, 'WEB', $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, 15, $24, now()) RETURNING id),
       l AS (INSERT INTO order_items (id, order_id, item_id, name, unit_price_cents, quantity, notes, options, allergens)
             SELECT gen_random_uuid(), o.id, item_id, name, price, quantity, notes, options::jsonb, ARRAY(SELECT jsonb_array_elements_text(allergens::jsonb)) FROM o, line),
       p AS (INSERT INTO payments (id, order_id, provider, amount_cents, updated_at) SELECT $18, o.id, 'simulated', $13, now() FROM o),
       e AS (INSERT INTO order_events (id, order_id, restaurant_id, type, to_status, actor_id, actor_role) SELECT gen_random_uuid(), o.id, $6, 'order.placed', 'PLACED', $7, 'CUSTOMER' FROM o RETURNING seq)
       SELECT (SELECT count(*) FROM reserved), (SELECT count(*)::int FROM (SELECT id FROM counted UNION SELECT id FROM held) h) AS held,
              pg_notify('order_events', e.seq::text)::text FROM e`,
      [lines.map((l) => l.itemId), lines.map((l) => l.name), lines.map((l) => l.price), lines.map((l) => l.quantity), orderId, input.restaurantId,
        session.user_id, key, hash, subtotal, context.outlet.r.delivery_fee_cents, input.tipCents, total, input.delivery.address, input.delivery.lat,
        input.delivery.lng, String(randomInt(0, 10_000)).padStart(4, "0"), paymentId, lines.map((l) => l.notes), lines.map((l) => JSON.stringify(l.options)),
        lines.map((l) => JSON.stringify(l.allergens)), optionIds, optionIds.map((id) => optionNeed.get(id)), input.kitchenNote ?? null],
    ));
    if (written!.held < optionIds.length) {
      await client.query("ROLLBACK");
      return [409, { error: "An option is no longer available" }];
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
  const ref = `sim_ch_${createHash("sha256").update(paymentId).digest("hex").slice(0, 24)}`;
  await db.query(statement(
    "settle",
    `WITH paid AS (UPDATE payments SET status = 'SUCCEEDED', provider_ref = $2, updated_at = now() WHERE id = $1 AND status = 'PENDING' RETURNING order_id),
     moved AS (UPDATE orders o SET status = 'PAID', version = o.version + 1, updated_at = now() FROM paid WHERE o.id = paid.order_id AND o.status = 'PLACED' RETURNING o.id, o.restaurant_id),
     e AS (INSERT INTO order_events (id, order_id, restaurant_id, type, from_status, to_status, actor_role) SELECT gen_random_uuid(), id, restaurant_id, 'order.paid', 'PLACED', 'PAID', 'SYSTEM' FROM moved RETURNING seq)
     SELECT pg_notify('order_events', e.seq::text)::text FROM e`,
    [paymentId, ref],
  ));
  return [201, { order: { id: orderId, status: "PAID", totalCents: total, items: lines } }];
}

http
  .createServer((req, res) => {
    if (req.url === "/health") return void res.writeHead(200).end();
    if (req.method !== "POST" || req.url !== "/api/v1/orders") return void res.writeHead(404).end();
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      placeOrder(req, Buffer.concat(chunks).toString("utf8")).then(
        ([status, value]) => send(res, status, value),
        (error: unknown) => {
          console.error("baseline order failed", error);
          send(res, 500, { error: "Internal error" });
        },
      );
    });
  })
  .listen(Number(process.env.BASELINE_PORT), "127.0.0.1");
