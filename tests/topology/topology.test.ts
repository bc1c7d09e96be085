// The scale-out topology under failure (npm run test:topology), against the loopback cluster:
// HAProxy :4400 → web ×2, realtime ×2; workers ×2; PgBouncer → PostgreSQL primary + streaming
// replica; Redis primary + replica + 3 Sentinels. The test process writes its fixtures on the
// cluster's database and signs sessions with the cluster's secret, then talks to the instances
// (directly, or through the proxy) as browsers and driver apps do. Each test that breaks a
// piece brings it back (scripts/cluster/start.sh) before the next one.
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { io } from "socket.io-client";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import type { DriverPositionMessage, OrderEventMessage } from "@/lib/realtime/events";
import { placeOrder } from "@/lib/orders/place-order";
import { transitionOrder } from "@/lib/orders/transition-order";
import { getRedis } from "@/lib/redis";
import { connectSocket, newSession, socketFor, type Client } from "../support/realtime";
import { createActor, createCatalogRestaurant, createCustomers, createItem, createOpenRestaurant } from "../support/fixtures";
import { createTestProvider, TEST_CARDS } from "../support/test-payments";
import { httpStatus, kill, PROXY, REALTIME_PORTS, REDIS_PORTS, restoreCluster, ROOT, sentinelPrimary, sleep, timeUntil, WEB_PORTS } from "./cluster";

const clients: Client[] = [];
afterAll(async () => {
  for (const client of clients) client.disconnect();
  await prisma.$disconnect();
  getRedis()?.disconnect();
});

/** A socket of `actor` through the proxy, reconnecting by itself as a browser's does. */
async function proxiedSocket(actor: Actor): Promise<Client> {
  const { token } = await newSession(actor.userId);
  const socket: Client = io(PROXY, {
    transports: ["websocket"],
    forceNew: true,
    reconnectionDelay: 200,
    reconnectionDelayMax: 1000,
    extraHeaders: { cookie: `next-auth.session-token=${token}` },
  });
  clients.push(socket);
  await connectSocket(socket);
  return socket;
}

async function directSocket(port: number, actor: Actor): Promise<Client> {
  const socket = await socketFor(port, actor);
  clients.push(socket);
  await connectSocket(socket);
  return socket;
}

const driverIdOf = async (actor: Actor) => (await prisma.driver.findUniqueOrThrow({ where: { userId: actor.userId } })).id;

/** A customer whose order a driver has picked up: the driver's points go to that customer. */
async function delivery() {
  const driver = await createActor("DRIVER");
  const [customer] = await createCustomers(1);
  const restaurant = await createOpenRestaurant();
  const order = await prisma.order.create({
    data: {
      restaurantId: restaurant.id,
      customerId: customer!.userId,
      driverId: await driverIdOf(driver),
      status: "PICKED_UP" satisfies OrderStatus,
      idempotencyKey: randomUUID(),
      subtotalCents: 1000,
      totalCents: 1000,
    },
  });
  return { driver, customer: customer!, order };
}

/**
 * Whether a GPS point the driver sends on `driverSide` reaches the customer on `customerSide`
 * (a realtime port, or "proxy") within `waitMs`.
 */
async function gpsReaches(driverSide: number | "proxy", customerSide: number | "proxy", waitMs = 5000): Promise<boolean> {
  const { driver, customer, order } = await delivery();
  const connect = (side: number | "proxy", actor: Actor) => (side === "proxy" ? proxiedSocket(actor) : directSocket(side, actor));
  const customerSocket = await connect(customerSide, customer);
  const driverSocket = await connect(driverSide, driver);
  try {
    const received = new Promise<DriverPositionMessage>((resolve) => customerSocket.once("driver:position", resolve));
    const ack = await driverSocket.timeout(waitMs).emitWithAck("driver:location", { lat: 52.37, lng: 4.89, recordedAt: new Date().toISOString() });
    if (!ack.ok || !ack.accepted) return false;
    const position = await Promise.race([received, sleep(waitMs).then(() => null)]);
    return position?.orderId === order.id && position.lat === 52.37;
  } finally {
    customerSocket.disconnect();
    driverSocket.disconnect();
  }
}

async function redisHealthy(base: string): Promise<boolean> {
  const response = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(3000) });
  const health = (await response.json()) as { checks: { redis: { status: string } } };
  return response.status === 200 && health.checks.redis.status === "ok";
}

describe("realtime across instances", () => {
  it("brings a GPS point ingested on realtime A to the customer connected to realtime B", async () => {
    const [a, b] = REALTIME_PORTS as [number, number];
    expect(await gpsReaches(a, b)).toBe(true);
    expect(await gpsReaches(b, a)).toBe(true);
  });

  it("sends each order event to the kitchen exactly once, on either instance", async () => {
    const restaurant = await createOpenRestaurant();
    const item = await createItem(restaurant.id);
    const staff = await createActor("RESTAURANT_STAFF", { restaurantIds: [restaurant.id] });
    const [customer] = await createCustomers(1);
    const kitchens = await Promise.all(
      REALTIME_PORTS.map(async (port) => {
        const socket = await directSocket(port, staff);
        const live: OrderEventMessage[] = [];
        socket.on("order:event", (event) => live.push(event));
        const ack = await socket.emitWithAck("restaurant:subscribe", { restaurantId: restaurant.id });
        expect(ack).toMatchObject({ ok: true });
        return { live, caughtUp: ack.ok ? ack.events : [] };
      }),
    );

    const input = { restaurantId: restaurant.id, items: [{ itemId: item.id, quantity: 1 }], delivery: { address: "Dam 1", lat: 52.37, lng: 4.89 }, cardNumber: TEST_CARDS.success };
    const { order } = await placeOrder(customer!, input, `key-${randomUUID()}`, createTestProvider().provider);
    for (const to of ["ACCEPTED", "PREPARING", "READY"] as const) {
      await prisma.$transaction((tx) => transitionOrder(tx, { orderId: order.id, to, actor: { id: staff.userId, role: staff.role } }));
    }
    const feed = (k: (typeof kitchens)[number]) => [...k.caughtUp, ...k.live].filter((e) => e.orderId === order.id);
    await expect.poll(() => kitchens.map((k) => feed(k).at(-1)?.toStatus), { timeout: 10_000 }).toEqual(["READY", "READY"]);
    // Both workers and both relays are running: still once each, never twice.
    await sleep(2000);
    for (const kitchen of kitchens) {
      const events = feed(kitchen);
      expect(new Set(events.map((e) => e.seq)).size).toBe(events.length);
      expect(events.map((e) => e.toStatus)).toEqual(["PLACED", "PAID", "ACCEPTED", "PREPARING", "READY"]);
    }
  });
});

describe("proxy", () => {
  it("answers a shared public GET from its micro-cache, and never a signed-in one", async () => {
    const url = `${PROXY}/api/v1/restaurants?lat=${(50 + Math.random()).toFixed(6)}&lng=4.9&limit=2`;
    // X-Cache-Status: HAProxy's word on where the answer came from (deploy/haproxy/haproxy.cfg);
    // Date: when the instance made it, so two hits with the same Date are the same stored copy.
    const get = async (headers: Record<string, string> = {}) => {
      const response = await fetch(url, { headers });
      expect(response.status).toBe(200);
      await response.arrayBuffer();
      return { cache: response.headers.get("x-cache-status"), date: response.headers.get("date") };
    };
    const signedIn = { cookie: "next-auth.session-token=someone" };

    // A URL no one asked for: an instance answers, and the proxy stores the copy.
    expect((await get()).cache).toBe("MISS");
    // The copy lives s-maxage=1 (whole seconds on HAProxy's clock, so sometimes much less): on
    // a busy machine the next request may find it gone and store a new one. So the hit is
    // looked for in a bounded number of rounds rather than timed: a hit, a signed-in request
    // (never answered from the cache), and a hit on the same copy, which was fresh in between.
    let rounds = 0;
    for (let seen = false; !seen; rounds++) {
      expect(rounds, "no two hits on one stored copy in 20 rounds").toBeLessThan(20);
      const before = await get();
      if (before.cache !== "HIT") continue;
      expect((await get(signedIn)).cache).toBe("MISS");
      const after = await get();
      seen = after.cache === "HIT" && after.date === before.date;
    }
    console.log(`[topology] micro-cache: hit, signed-in miss, hit on the same copy after ${rounds} round(s)`);
  });
});

describe("failover", () => {
  it("reconnects the sockets of a killed realtime instance through the proxy", async () => {
    const customers = await createCustomers(6);
    const sockets = await Promise.all(customers.map((c) => proxiedSocket(c)));
    const dropped = new Set<Client>();
    for (const socket of sockets) socket.on("disconnect", () => dropped.add(socket));

    const killedAt = Date.now();
    kill("realtime-1");
    // Sockets on the dead instance notice at once (the connection closes) and reconnect.
    await expect.poll(() => dropped.size, { timeout: 10_000 }).toBeGreaterThan(0);
    const reconnectedMs = await timeUntil(async () => sockets.every((s) => s.connected), 30_000, 50);
    console.log(`[topology] realtime instance killed: ${dropped.size} of ${sockets.length} sockets dropped, all connected again through the proxy ${Date.now() - killedAt} ms after the kill`);
    expect(reconnectedMs).toBeGreaterThanOrEqual(0);
    // And the surviving instance serves them: GPS through the proxy still arrives.
    expect(await gpsReaches("proxy", "proxy")).toBe(true);
    for (const socket of sockets) socket.disconnect();
    restoreCluster();
  });

  it("recovers within 30 s when the Redis primary is killed: Sentinel promotes the replica", async () => {
    const before = (await sentinelPrimary())!;
    expect(before).toMatch(/^127\.0\.0\.1:\d+$/);
    const killed = REDIS_PORTS[Number(before.split(":")[1])]!;
    const killedAt = Date.now();
    kill(killed);

    const promotedMs = await timeUntil(async () => ((await sentinelPrimary()) ?? before) !== before, 60_000);
    // Recovered: every web instance's health sees Redis again, and the Socket.IO adapter
    // carries a GPS point across the realtime instances.
    await timeUntil(async () => (await Promise.all(WEB_PORTS.map((p) => redisHealthy(`http://127.0.0.1:${p}`)))).every(Boolean), 60_000);
    await timeUntil(() => gpsReaches(REALTIME_PORTS[0]!, REALTIME_PORTS[1]!, 2000), 60_000, 0);
    const recoveredMs = Date.now() - killedAt;
    console.log(`[topology] redis primary ${before} killed: Sentinel promoted ${await sentinelPrimary()} after ${promotedMs} ms; app recovered (health + cross-instance GPS) after ${recoveredMs} ms`);
    expect(recoveredMs).toBeLessThanOrEqual(30_000);
    restoreCluster();
  });

  it("answers browse from the primary while the PostgreSQL replica is stopped", async () => {
    const here = { lat: 30 + Math.random(), lng: 10 + Math.random() };
    const name = `Fallback ${randomUUID().slice(0, 8)}`;
    const browse = (port: number) => `http://127.0.0.1:${port}/api/v1/restaurants?lat=${here.lat}&lng=${here.lng}&radius_km=2`;
    const names = async (port: number) => {
      const response = await fetch(browse(port));
      expect(response.status).toBe(200);
      return ((await response.json()) as { restaurants: { name: string }[] }).restaurants.map((r) => r.name);
    };

    const stoppedAt = Date.now();
    execFileSync("bash", ["-c", 'source scripts/cluster/common.sh && as_pg "$PG_BIN/pg_ctl" -D "$STATE/pg/replica" -m immediate -w stop'], { cwd: ROOT });
    await createCatalogRestaurant({ ...here, name });
    // Every read answers (the one that finds the replica gone falls back at once), and
    // with what the primary has.
    const fallbackMs = await timeUntil(async () => (await Promise.all(WEB_PORTS.map(names))).every((list) => list.includes(name)), 30_000);
    console.log(`[topology] postgres replica stopped: browse answered from the primary on both web instances ${Date.now() - stoppedAt} ms after the stop`);
    expect(fallbackMs).toBeGreaterThanOrEqual(0);
    expect(await httpStatus(`${PROXY}/api/health`)).toBe(200);
    restoreCluster();
  });
});
