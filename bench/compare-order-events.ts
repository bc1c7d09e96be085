// Order event fan-out in `npm run bench -- compare --paths order-events`: one realtime instance
// (server/realtime/index.ts) against N on one Redis (--realtime-instances N), both followed by
// the same subscribers: two kitchen screens per restaurant (restaurant room, staff sessions)
// and customers following their own order (order room), subscriber i on instance i mod N. A
// writer here commits order events at a fixed rate the way the app does (the orders row, the
// order_events row and pg_notify in one transaction), round-robin over the customers' orders,
// so each event is due to its customer and its restaurant's two screens. One operation is one
// event committed. Each delivery is matched to its commit: losses, duplicates, and latency from
// the writer seeing the commit to the socket receiving the event. Issue 12's rule: total CPU per
// event of N instances ≤ 1.15 × one instance's. The raw baseline (bench/baselines/order-event-server.ts)
// runs beside it at one instance and at N: its own growth is that rule's floor here. A last side
// runs N instances with each restaurant's sockets on one of them (routing by restaurant).
import { fork, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { ORDER_EVENTS_CHANNEL } from "@/lib/orders/append-order-event";
import { mintSessionTokens } from "../tests/support/session-cookie";
import { baselineArgs, ensureBuild, startInstances } from "./start-process";
import { compiledArgs } from "../server/start/server-entries";
import { allReadyOrStop, stopClients } from "./gps-load";
import { percentile } from "./load";
import { LOAD_APPLICATION_NAME } from "./bench-database";
import type { HotPath, PathContext } from "./compare";
import type { Delivery, SubscriberConfig, SubscriberMessage } from "./order-event-client";

export interface OrderEventsPathOptions {
  /** Sockets in all: two kitchen screens per restaurant, the rest customers. */
  subscribers: number;
  /** Events committed per second. */
  eventRate: number;
  processes: number;
  connectRate: number;
  warmupSeconds: number;
  /** Realtime instances of the scaled-out side (1: no such side). */
  realtimeInstances: number;
  cpuProf: string | undefined;
}

const SCREENS_PER_RESTAURANT = 2;
const WRITER_CONNECTIONS = 4;
/** Past the measured window, for the window's last events to arrive (the relay waits up to 3 s for a seq hole). */
const DELIVERY_GRACE_MS = 4_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Follower {
  token: string;
  kind: "order" | "restaurant";
  id: string;
  /** Its restaurant's number: the key a proxy routing by restaurant hashes on. */
  restaurant: number;
}

interface Followers {
  followers: Follower[];
  /** The orders events are written to, with who must receive each one's events (subscriber indices). */
  orders: { id: string; due: number[] }[];
}

/** Kitchen screens (staff users assigned to a restaurant) and customers with one PREPARING order each, with sessions minted with `secret`. */
async function createFollowers(databaseUrl: string, secret: string, subscribers: number, run: string): Promise<Followers> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows: restaurants } = await db.query<{ id: string }>(`SELECT id FROM restaurants ORDER BY name`);
    const screens = restaurants.length * SCREENS_PER_RESTAURANT;
    if (subscribers <= screens) throw new Error(`--subscribers must be more than the ${screens} kitchen screens`);
    const insertUsers = async (prefix: string, role: string, count: number) =>
      (
        await db.query<{ id: string }>(
          `INSERT INTO users (id, email, name, role, password_hash)
           SELECT gen_random_uuid(), $1 || '-' || $2 || '-' || i || '@bench.test', $1 || ' ' || i, $3, 'bench-no-login' FROM generate_series(1, $4) i
           ORDER BY i RETURNING id`,
          [prefix, run, role, count],
        )
      ).rows.map((r) => r.id);
    const staff = await insertUsers("oe-screen", "RESTAURANT_STAFF", screens);
    const staffRestaurants = staff.map((_, i) => restaurants[i % restaurants.length]!.id);
    await db.query(`INSERT INTO staff_assignments (user_id, restaurant_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [staff, staffRestaurants]);
    const customers = await insertUsers("oe-customer", "CUSTOMER", subscribers - screens);
    const orderRestaurants = customers.map((_, i) => restaurants[i % restaurants.length]!.id);
    const { rows: orders } = await db.query<{ id: string; customer_id: string }>(
      `INSERT INTO orders (id, restaurant_id, customer_id, channel, status, idempotency_key, subtotal_cents, total_cents, delivery_address, updated_at)
       SELECT gen_random_uuid(), r, c, 'WEB', 'PREPARING', 'oe-bench-' || c, 1000, 1000, 'Bench street 1', now() FROM unnest($1::uuid[], $2::uuid[]) AS t(c, r)
       RETURNING id, customer_id`,
      [customers, orderRestaurants],
    );
    const orderOf = new Map(orders.map((o) => [o.customer_id, o.id]));
    const numberOf = new Map(restaurants.map((r, n) => [r.id, n]));
    const [staffTokens, customerTokens] = [await mintSessionTokens(db, staff, secret), await mintSessionTokens(db, customers, secret)];
    // Subscriber indices: the screens first, then the customers.
    const followers: Follower[] = [
      ...staff.map((id, i) => ({ token: staffTokens[i]!, kind: "restaurant" as const, id: staffRestaurants[i]!, restaurant: numberOf.get(staffRestaurants[i]!)! })),
      ...customers.map((id, i) => ({ token: customerTokens[i]!, kind: "order" as const, id: orderOf.get(id)!, restaurant: numberOf.get(orderRestaurants[i]!)! })),
    ];
    const screensOf = (restaurantId: string) => staffRestaurants.flatMap((r, i) => (r === restaurantId ? [i] : []));
    return { followers, orders: customers.map((c, i) => ({ id: orderOf.get(c)!, due: [screens + i, ...screensOf(orderRestaurants[i]!)] })) };
  } finally {
    await db.end();
  }
}

/** Sockets of all followers, spread over `processes` client processes; resolves once every one has subscribed or failed. */
async function startSubscribers(urls: string[], followers: Follower[], afterSeq: string, processes: number, connectRate: number, byRestaurant: boolean) {
  const clients: ChildProcess[] = [];
  const subscribed = new Set<number>();
  let deliveries: Delivery[] = [];
  const ready: Promise<void>[] = [];
  for (let p = 0; p < processes; p++) {
    const child = fork("bench/order-event-client.ts", [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
    clients.push(child);
    const config: SubscriberConfig = { urls, subscribers: [], afterSeq, connectRate: Math.max(10, Math.ceil(connectRate / processes)) };
    for (let i = p; i < followers.length; i += processes) {
      const { restaurant, ...follower } = followers[i]!;
      config.subscribers.push({ index: i, instance: (byRestaurant ? restaurant : i) % urls.length, ...follower });
    }
    ready.push(
      new Promise<void>((resolve, reject) => {
        child.once("exit", (code) => reject(new Error(`subscriber process ${p} exited (${code})`)));
        child.on("message", (m: SubscriberMessage) => {
          if (m.type === "subscribed") {
            m.indices.forEach((i) => subscribed.add(i));
            resolve();
          } else deliveries.push(...m.deliveries);
        });
      }),
    );
    child.send({ type: "start", config });
  }
  const stop = () => stopClients(clients);
  await allReadyOrStop(ready, stop);
  return {
    subscribed,
    pids: clients.map((c) => c.pid!),
    /** What arrived since the last call. */
    take() {
      const taken = deliveries;
      deliveries = [];
      return taken;
    },
    stop,
  };
}

const noop = () => undefined;

/** One order event, as transitionOrder writes it: the version compare-and-set, the event, the NOTIFY (sent on commit). */
const writeEvent = (db: pg.Client, orderId: string) =>
  db.query<{ seq: string }>(
    `WITH o AS (UPDATE orders SET version = version + 1, updated_at = now() WHERE id = $1 RETURNING id, restaurant_id),
     e AS (INSERT INTO order_events (id, order_id, restaurant_id, type, from_status, to_status, actor_role, payload)
           SELECT gen_random_uuid(), o.id, o.restaurant_id, 'order.preparing', 'ACCEPTED', 'PREPARING', 'RESTAURANT_STAFF', '{"prepMinutes": 12}' FROM o
           RETURNING seq)
     SELECT e.seq, pg_notify($2, e.seq::text) FROM e`,
    [orderId, ORDER_EVENTS_CHANNEL],
  );

/** Commits `rate` order events per second over a few connections, open loop, round-robin over `orders`; remembers when each commit answered. */
async function startWriter(databaseUrl: string, orders: Followers["orders"], rate: number) {
  const connections = Array.from({ length: WRITER_CONNECTIONS }, () => new pg.Client({ connectionString: databaseUrl, application_name: LOAD_APPLICATION_NAME }));
  // A connection the server ends (a restart, "too many clients") fails its writes, which are counted; it must not end the bench.
  for (const c of connections) c.on("error", noop);
  await Promise.all(connections.map((c) => c.connect()));
  const pids = await Promise.all(connections.map(async (c) => (await c.query<{ pid: number }>(`SELECT pg_backend_pid() AS pid`)).rows[0]!.pid));
  const tails: Promise<unknown>[] = connections.map(() => Promise.resolve());
  /** seq → [commit seen (ms since the epoch), index in `orders`] */
  const commits = new Map<number, [number, number]>();
  let issued = 0;
  let inFlight = 0;
  let failed = 0;
  let start = Date.now();
  let paused = false;
  const timer = setInterval(() => {
    if (paused) return;
    // Behind by more than a second's worth: the database is the limit; what is skipped is not written.
    const due = Math.floor(((Date.now() - start) * rate) / 1000);
    if (inFlight > rate) issued = due;
    for (; issued < due; issued++) {
      const orderIndex = issued % orders.length;
      inFlight++;
      const c = issued % connections.length;
      // One statement at a time per connection (pg deprecates queueing them itself).
      const written = tails[c]!.then(() => writeEvent(connections[c]!, orders[orderIndex]!.id));
      tails[c] = written.then(noop, noop);
      void written.then(
        ({ rows }) => {
          inFlight--;
          commits.set(Number(rows[0]!.seq), [Date.now(), orderIndex]);
        },
        () => {
          inFlight--;
          failed++;
        },
      );
    }
  }, 10);
  return {
    pids,
    commits,
    failed: () => failed,
    /** Stops writing until the returned function is called; resolves once nothing is in flight. */
    async pause() {
      paused = true;
      while (inFlight > 0) await sleep(20);
      return () => {
        paused = false;
        start = Date.now();
        issued = 0;
      };
    },
    async stop() {
      clearInterval(timer);
      while (inFlight > 0) await sleep(50);
      await Promise.all(connections.map((c) => c.end()));
    },
  };
}

export async function orderEventsPath(context: PathContext, options: OrderEventsPathOptions): Promise<HotPath> {
  await ensureBuild(); // the realtime server runs compiled, as in production
  const secret = randomBytes(32).toString("base64url");
  const { followers, orders } = await createFollowers(context.databaseUrl, secret, options.subscribers, randomBytes(3).toString("hex"));
  const env = { ...process.env, DATABASE_URL: context.databaseUrl, REDIS_URL: context.redisUrl, NEXTAUTH_SECRET: secret, LOG_LEVEL: "error", NODE_ENV: "production" as const };
  const scaled = `app×${options.realtimeInstances}`;
  const rawScaled = `raw×${options.realtimeInstances}`;
  // N instances with each restaurant's sockets (its screens, its customers' order pages) on one
  // of them, as a proxy hashing on the restaurant would place them: each event's emit runs once.
  const routed = `${scaled} by restaurant`;
  const scaledOut = options.realtimeInstances > 1;
  return {
    name: "order events",
    unit: "event",
    // Against the raw baseline (bench/baselines/order-event-server.ts) at one instance and at N;
    // the raw side's own growth from 1 to N is the floor of issue 12's rule on this machine.
    sides: scaledOut ? ["app", "raw", scaled, rawScaled, routed] : ["app", "raw"],
    pairs: scaledOut
      ? [
          [scaled, "app"],
          [scaled, rawScaled],
          [routed, "app"],
        ]
      : [],
    async start(side, port) {
      const count = side === "app" || side === "raw" ? 1 : options.realtimeInstances;
      if (side.startsWith("raw")) return startInstances(count, baselineArgs("order-event-server"), env, "BASELINE_PORT", port);
      const flags = options.cpuProf ? ["--cpu-prof", `--cpu-prof-dir=${options.cpuProf}`] : [];
      return startInstances(count, [...flags, ...compiledArgs("realtime")], env, "REALTIME_PORT", port);
    },
    async load({ url, urls }, side) {
      const db = new pg.Client({ connectionString: context.databaseUrl, application_name: LOAD_APPLICATION_NAME });
      await db.connect();
      const afterSeq = (await db.query<{ seq: string }>(`SELECT coalesce(max(seq), 0)::text AS seq FROM order_events`)).rows[0]!.seq;
      await db.end();
      const subscribers = await startSubscribers(urls ?? [url], followers, afterSeq, options.processes, options.connectRate, side === routed);
      const writer = await startWriter(context.databaseUrl, orders, options.eventRate);
      await sleep(options.warmupSeconds * 1000);
      return {
        // The writer's own backends are the web app's cost, not the realtime's: counted here.
        pids: [process.pid, ...subscribers.pids, ...writer.pids],
        async pause() {
          const resume = await writer.pause();
          // The last events written reach their sockets (a seq hole is waited out up to 3 s).
          await sleep(DELIVERY_GRACE_MS);
          return resume;
        },
        async measure(seconds) {
          const startedAt = Date.now();
          const windowEnd = startedAt + seconds * 1000;
          subscribers.take();
          writer.commits.clear();
          await sleep(seconds * 1000 + DELIVERY_GRACE_MS);
          const duration = (Date.now() - startedAt) / 1000;
          const deliveries = subscribers.take();
          const committed = [...writer.commits];
          // Checked: the events committed in the window (from 0.5 s in, as a delivery may beat
          // the writer's sight of its commit); their deliveries had the grace to arrive.
          const checked = new Map(committed.filter(([, [at]]) => at >= startedAt + 500 && at < windowEnd));
          const received = new Map<string, number>();
          const latencies: number[] = [];
          for (const [subscriber, seq, at] of deliveries) {
            const commit = checked.get(seq);
            if (!commit) continue;
            const key = `${subscriber}:${seq}`;
            received.set(key, (received.get(key) ?? 0) + 1);
            if (received.get(key) === 1) latencies.push(at - commit[0]);
          }
          let expected = 0;
          let lost = 0;
          let unexpected = 0;
          for (const [seq, [, orderIndex]] of checked) {
            for (const subscriber of orders[orderIndex]!.due) {
              if (!subscribers.subscribed.has(subscriber)) continue;
              expected++;
              if (!received.has(`${subscriber}:${seq}`)) lost++;
            }
          }
          for (const key of received.keys()) {
            const [subscriber, seq] = key.split(":").map(Number);
            if (!orders[checked.get(seq!)![1]]!.due.includes(subscriber!)) unexpected++;
          }
          const duplicates = [...received.values()].reduce((a, n) => a + n - 1, 0);
          return {
            perSecond: Math.round(committed.length / duration),
            ops: committed.length,
            p50: percentile(latencies, 50),
            p99: percentile(latencies, 99),
            extra: {
              "offered/s": options.eventRate,
              subscribed: subscribers.subscribed.size,
              "delivered/s": Math.round(latencies.length / (seconds - 0.5)),
              expected,
              lost,
              duplicates,
              unexpected,
              "write errors": writer.failed(),
            },
          };
        },
        async stop() {
          await writer.stop();
          await subscribers.stop();
        },
      };
    },
  };
}
