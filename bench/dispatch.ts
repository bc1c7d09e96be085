// `npm run bench -- dispatch`: dispatch latency with many drivers online, against the
// production build (web + realtime + worker) on a fresh demo database.
// 1,000 drivers (default) hold a socket each and send a GPS point every few seconds near a
// demo restaurant; paid web orders are accepted by the kitchen over HTTP at a steady rate;
// each order's latency runs from the commit of the kitchen's accept (its `order.accepted`
// event: the order is ready for assignment) to its offer arriving on a driver's socket
// (`offer:new`), both on this machine's clock; drivers accept what they get.
// Target (issue 5): P99 < 5 s with 1,000 online drivers.
import { parseArgs } from "node:util";
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/realtime/events";
import { startAppStack } from "../tests/support/app-stack";
import { mintSessionToken, mintSessionTokens } from "../tests/support/session-cookie";
import { percentile } from "./load";

type DriverSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
const METERS_PER_DEGREE = 111_195;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function benchDispatch(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: "string", default: "3600" },
      drivers: { type: "string", default: "1000" },
      orders: { type: "string", default: "300" },
      "orders-per-second": { type: "string", default: "5" },
      "gps-seconds": { type: "string", default: "10" },
    },
  });
  const driverCount = Number(values.drivers);
  const orderCount = Number(values.orders);
  const rate = Number(values["orders-per-second"]);
  const secret = randomBytes(32).toString("base64url");
  process.env.NEXT_DIST_DIR ??= ".next-a";
  console.log(`starting the app (builds into ${process.env.NEXT_DIST_DIR} when the sources changed)…`);
  const stack = await startAppStack({ port: Number(values.port), name: "benchdispatch", env: { NEXTAUTH_SECRET: secret, LOG_LEVEL: "warn" } });
  const realtimeUrl = `http://127.0.0.1:${Number(values.port) + 1}`;
  const db = new pg.Client({ connectionString: stack.databaseUrl });
  await db.connect();
  const sockets: DriverSocket[] = [];
  const timers: NodeJS.Timeout[] = [];
  try {
    const { rows: restaurants } = await db.query<{ id: string; lat: number; lng: number }>(`SELECT id, lat, lng FROM restaurants ORDER BY id`);
    const { rows: [admin] } = await db.query<{ id: string; name: string; email: string }>(`SELECT id, name, email FROM users WHERE role = 'PLATFORM_ADMIN' LIMIT 1`);
    const { rows: [customer] } = await db.query<{ id: string }>(`SELECT id FROM users WHERE role = 'CUSTOMER' LIMIT 1`);
    const adminCookie = `next-auth.session-token=${await mintSessionToken(db, admin!.id, secret)}`;

    // Drivers: rows, then online (AVAILABLE) near a restaurant each.
    console.log(`creating ${driverCount} drivers…`);
    const drivers = Array.from({ length: driverCount }, (_, i) => {
      const home = restaurants[i % restaurants.length]!;
      const angle = Math.random() * 2 * Math.PI;
      const meters = 200 + Math.random() * 1500;
      return {
        userId: randomUUID(),
        email: `bench-driver-${i}-${randomUUID()}@example.test`,
        name: `Bench Driver ${i}`,
        lat: home.lat + (Math.cos(angle) * meters) / METERS_PER_DEGREE,
        lng: home.lng + (Math.sin(angle) * meters) / METERS_PER_DEGREE / Math.cos((home.lat * Math.PI) / 180),
      };
    });
    await db.query(
      `INSERT INTO users (id, email, name, password_hash, role) SELECT * , 'DRIVER'::"Role" FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[])`,
      [drivers.map((d) => d.userId), drivers.map((d) => d.email), drivers.map((d) => d.name), drivers.map(() => "not-used")],
    );
    await db.query(
      `INSERT INTO drivers (id, user_id, status, available_since) SELECT gen_random_uuid(), u, 'AVAILABLE', now() FROM unnest($1::uuid[]) AS u`,
      [drivers.map((d) => d.userId)],
    );

    // One socket per driver, each sending its position every few seconds.
    console.log(`connecting ${driverCount} driver sockets…`);
    const offeredAt = new Map<string, number>();
    const acceptStatuses: Record<number, number> = {};
    const driverAccepts: Promise<void>[] = [];
    for (let i = 0; i < drivers.length; i += 50) {
      const batch = drivers.slice(i, i + 50);
      const tokens = await mintSessionTokens(db, batch.map((d) => d.userId), secret);
      await Promise.all(
        batch.map(async (d, j) => {
          const cookie = `next-auth.session-token=${tokens[j]}`;
          const socket: DriverSocket = io(realtimeUrl, { transports: ["websocket"], forceNew: true, extraHeaders: { cookie } });
          socket.on("offer:new", (offer) => {
            if (!offeredAt.has(offer.orderId)) offeredAt.set(offer.orderId, Date.now());
            // The driver takes it, as the simulator does.
            driverAccepts.push(
              fetch(`${stack.baseUrl}/api/v1/driver/offers/${offer.id}/accept`, { method: "POST", headers: { cookie } })
                .then(async (res) => {
                  await res.arrayBuffer();
                  acceptStatuses[res.status] = (acceptStatuses[res.status] ?? 0) + 1;
                })
                .catch(() => void (acceptStatuses[0] = (acceptStatuses[0] ?? 0) + 1)),
            );
          });
          sockets.push(socket);
          await new Promise<void>((resolve, reject) => {
            socket.once("connect", resolve);
            socket.once("connect_error", reject);
          });
          const send = () => socket.emit("driver:location", { lat: d.lat, lng: d.lng, recordedAt: new Date().toISOString() }, () => undefined);
          send();
          timers.push(setInterval(send, Number(values["gps-seconds"]) * 1000));
        }),
      );
    }

    // Paid web orders, each to an address ~1 km from its restaurant (rows, not measured).
    const orderIds: string[] = [];
    for (let i = 0; i < orderCount; i++) {
      const r = restaurants[i % restaurants.length]!;
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO orders (id, restaurant_id, customer_id, channel, status, idempotency_key, subtotal_cents, total_cents,
           delivery_address, delivery_lat, delivery_lng, updated_at)
         VALUES (gen_random_uuid(), $1, $2, 'WEB', 'PAID', $3, 1500, 1500, 'Bench street 1', $4, $5, now()) RETURNING id`,
        [r.id, customer!.id, randomUUID(), r.lat + 1000 / METERS_PER_DEGREE, r.lng],
      );
      orderIds.push(rows[0]!.id);
    }
    await sleep(3000); // every driver's first point is in

    console.log(`the kitchen accepts ${orderCount} orders at ${rate}/s…`);
    const accepted = new Set<string>();
    const acceptHttpMs: number[] = [];
    const acceptFailures: Record<number, number> = {};
    const start = performance.now();
    await Promise.all(
      orderIds.map(async (id, i) => {
        await sleep((i / rate) * 1000);
        const sent = performance.now();
        const res = await fetch(`${stack.baseUrl}/api/v1/orders/${id}/status`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie: adminCookie },
          body: JSON.stringify({ status: "ACCEPTED", prep_minutes: 1 }),
        });
        await res.arrayBuffer();
        acceptHttpMs.push(performance.now() - sent);
        if (res.ok) accepted.add(id);
        else acceptFailures[res.status] = (acceptFailures[res.status] ?? 0) + 1;
      }),
    );
    const deadline = performance.now() + 30_000;
    while (performance.now() < deadline && [...accepted].some((id) => !offeredAt.has(id))) await sleep(200);
    const elapsed = performance.now() - start;
    await Promise.all(driverAccepts);

    const { rows: events } = await db.query<{ order_id: string; at: Date }>(
      `SELECT order_id, created_at AS at FROM order_events WHERE type = 'order.accepted' AND order_id = ANY($1::uuid[])`,
      [[...accepted]],
    );
    const latencies = events.flatMap(({ order_id, at }) => (offeredAt.has(order_id) ? [offeredAt.get(order_id)! - at.getTime()] : []));
    const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
    console.log(
      JSON.stringify(
        {
          drivers: driverCount,
          gpsEverySeconds: Number(values["gps-seconds"]),
          orders: orderCount,
          accepted: accepted.size,
          "kitchen accept HTTP": { p50: fmt(percentile(acceptHttpMs, 50)), p99: fmt(percentile(acceptHttpMs, 99)) },
          acceptFailures,
          offered: latencies.length,
          driverAcceptStatuses: acceptStatuses,
          notOfferedWithin30s: accepted.size - latencies.length,
          offersPerSecond: Number(((latencies.length / elapsed) * 1000).toFixed(1)),
          "accept committed → offer:new": { p50: fmt(percentile(latencies, 50)), p99: fmt(percentile(latencies, 99)), max: fmt(Math.max(...latencies)) },
          floor: "P99 < 5000 ms",
        },
        null,
        2,
      ),
    );
  } finally {
    for (const timer of timers) clearInterval(timer);
    for (const socket of sockets) socket.disconnect();
    await db.end();
    await stack.stop();
  }
}
