// Failures on the write path of the loopback cluster (npm run test:topology): a web instance
// killed while customers check out through the proxy, a worker killed while it dispatches,
// and the PostgreSQL primary restarted under load. What must hold: no order lost, duplicated
// or charged twice; no offer lost or made twice; 503 + Retry-After (never a 500) while the
// database is away, and service again without anyone restarting the app. Each test brings
// back what it broke (scripts/cluster/start.sh) before the next one.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { getRedis } from "@/lib/redis";
import type { OrderEventMessage } from "@/lib/realtime/events";
import { transitionOrder } from "@/lib/orders/transition-order";
import { setDriverOnline } from "@/lib/dispatch/set-driver-online";
import { releaseFinishedOrder } from "@/lib/dispatch/release-finished-order";
import { ingestPosition } from "@/lib/tracking/ingest-position";
import { flushPositionHistory } from "@/lib/tracking/position-history-writer";
import { connectSocket, socketFor } from "../support/realtime";
import { createActor, createCustomers, createOpenRestaurant, LAT_DEGREES_PER_METER } from "../support/fixtures";
import { driverIdOf } from "../support/dispatch";
import { APP_PROCESSES, clusterShell, httpStatus, isRunning, kill, PROXY, REALTIME_PORTS, restoreCluster, sleep, timeUntil, WEB_PORTS } from "./cluster";
import { checkoutFixture, ordersAsWritten, placeUntilPlaced, tally, type Answer, type Customer, type Placed } from "./order-client";

afterAll(async () => {
  await flushPositionHistory();
  await prisma.$disconnect();
  getRedis()?.disconnect();
});

/** The invariants of the money path over what the clients were told: one whole order per key, charged at most once. */
async function expectNoOrderLostOrDoubled(placed: Placed[]) {
  expect(new Set(placed.map((p) => p.orderId)).size).toBe(placed.length);
  const written = await ordersAsWritten(placed);
  expect(Object.fromEntries(written.map((w) => [w.idempotencyKey, w.id]))).toEqual(Object.fromEntries(placed.map((p) => [p.key, p.orderId])));
  expect(written.filter((w) => !w.whole)).toEqual([]);
  expect(written.filter((w) => w.succeededCharges > 1)).toEqual([]);
  expect(written.filter((w) => w.paidButStuck)).toEqual([]);
  // Not PAID only when the request died before the provider's answer was recorded: the payment
  // is still PENDING with no provider reference, for the provider's webhook or the expiry sweep.
  const unpaid = written.filter((w) => w.status !== "PAID");
  expect(unpaid.filter((w) => w.status !== "PLACED" || w.payments.some((p) => p.status !== "PENDING" || p.providerRef !== null))).toEqual([]);
  return { unpaid: unpaid.length };
}

describe("a web instance killed under order load", () => {
  it("loses, duplicates and double-charges no order while clients retry with the same key through the proxy", async () => {
    const CLIENTS = 24;
    const ORDERS_EACH = 4;
    const { cart, clients } = await checkoutFixture(CLIENTS);
    const answers: Answer[] = [];
    let placedCount = 0;
    const client = async (customer: Customer) => {
      const mine: Placed[] = [];
      for (let i = 0; i < ORDERS_EACH; i++) {
        mine.push(await placeUntilPlaced(() => PROXY, customer, cart, answers));
        placedCount++;
      }
      return mine;
    };
    // Killed once the load is under way: every client has requests in flight on both instances.
    const killer = (async () => {
      await timeUntil(async () => placedCount >= CLIENTS, 60_000, 5);
      kill("web-1");
      return placedCount;
    })();
    const [placedAtKill, ...perClient] = await Promise.all([killer, ...clients.map(client)]);
    const placed = perClient.flat();

    expect(placedAtKill).toBeLessThan(CLIENTS * ORDERS_EACH);
    expect(placed).toHaveLength(CLIENTS * ORDERS_EACH);
    const { unpaid } = await expectNoOrderLostOrDoubled(placed);
    const retried = answers.filter((a) => a.status !== 201);
    console.log(
      `[topology] web instance killed after ${placedAtKill} of ${placed.length} orders: ${retried.length} answers retried ${JSON.stringify(tally(retried))}, ` +
        `${placed.filter((p) => p.attempts > 1).length} orders needed a retry; 0 lost, 0 duplicated, 0 double charges; ${unpaid} left PLACED awaiting their payment's settlement`,
    );
    restoreCluster();
  });
});

describe("a worker killed mid-dispatch", () => {
  it("lets the other worker take over: every ready order gets an offer, none made twice", async () => {
    // Four kitchens a degree apart, six orders and ten drivers each: every order has drivers
    // to spare among the ten candidates a dispatch ranks. A spot of their own on the map, so no
    // other order (of this run or an earlier one) competes for these drivers.
    const SPOTS = 4;
    const ORDERS_EACH = 6;
    const ORDERS = SPOTS * ORDERS_EACH;
    const base = { lat: -50 + Math.random() * 90, lng: -170 + Math.random() * 330 };
    const spots = await Promise.all(
      Array.from({ length: SPOTS }, async (_, s) => {
        const here = { lat: base.lat + s, lng: base.lng };
        const restaurant = await prisma.restaurant.update({ where: { id: (await createOpenRestaurant()).id }, data: here });
        const staff = await createActor("RESTAURANT_STAFF", { restaurantIds: [restaurant.id] });
        return { here, restaurant, staff };
      }),
    );
    const customers = await createCustomers(ORDERS);
    // In the kitchen already, without an event, and not due for an hour: until the test says
    // READY, a dispatch sweep defers them (no driver would wait that long) instead of offering.
    const orders = await Promise.all(
      customers.map((c, i) => {
        const { here, restaurant, staff } = spots[i % SPOTS]!;
        const order = prisma.order.create({
          data: {
            restaurantId: restaurant.id,
            customerId: c.userId,
            status: "PREPARING",
            readyAt: new Date(Date.now() + 3_600_000),
            idempotencyKey: randomUUID(),
            subtotalCents: 1000,
            totalCents: 1000,
            deliveryAddress: "Around the corner 1",
            deliveryLat: here.lat + 1000 * LAT_DEGREES_PER_METER,
            deliveryLng: here.lng,
          },
        });
        return order.then((o) => ({ id: o.id, staff }));
      }),
    );
    const ids = orders.map((o) => o.id);
    const drivers = await Promise.all(
      Array.from({ length: SPOTS * 10 }, async (_, i) => {
        const actor = await createActor("DRIVER");
        await setDriverOnline(actor, true);
        return { actor, id: await driverIdOf(actor), at: { lat: spots[i % SPOTS]!.here.lat + (200 + i * 20) * LAT_DEGREES_PER_METER, lng: base.lng } };
      }),
    );
    // Positions count for 30 s: the drivers' apps keep sending while the test waits.
    const sendPositions = async () => {
      const now = new Date();
      for (const d of drivers) await ingestPosition(d.actor, { ...d.at, recordedAt: now }, now);
      await flushPositionHistory();
    };
    await sendPositions();
    const keepSending = setInterval(() => void sendPositions().catch(() => undefined), 10_000);

    // Every dispatch stops at the driver's row lock (offerTo's FOR SHARE) while the test
    // holds it: the workers are mid-dispatch, holding their jobs, when one is killed.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    try {
      let locked!: () => void;
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      const holder = prisma.$transaction(
        async (tx) => {
          await tx.$queryRaw`SELECT id FROM drivers WHERE id = ANY(${drivers.map((d) => d.id)}::uuid[]) FOR UPDATE`;
          locked();
          await released;
        },
        { timeout: 60_000, maxWait: 10_000 },
      );
      await isLocked;
      for (const { id, staff } of orders) {
        await prisma.$transaction((tx) => transitionOrder(tx, { orderId: id, to: "READY", actor: { id: staff.userId, role: staff.role } }));
      }
      const activeJobs = async () =>
        (await prisma.$queryRaw<{ n: number }[]>`
          SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'dispatch.order' AND state = 'active' AND data->>'orderId' = ANY(${ids})`)[0]!.n;
      // Both workers took what they could and wait on the lock (the count stops growing).
      let held = -1;
      await timeUntil(async () => {
        const now = await activeJobs();
        const settled = now > 0 && now === held;
        held = now;
        return settled;
      }, 8_000, 1000);

      kill("worker-1");
      const killedAt = Date.now();
      release();
      await holder;

      const offered = async () => (await prisma.deliveryOffer.groupBy({ by: ["orderId"], where: { orderId: { in: ids } } })).length;
      // What the surviving worker held, and what was still queued, it does at once; what the
      // killed one held waits for the dispatch sweep (every 15 s, server/worker/dispatch-jobs.ts).
      await sleep(2000);
      const leftByTheKilled = ORDERS - (await offered());
      await timeUntil(async () => (await offered()) === ORDERS, 60_000, 250);
      const tookOverMs = Date.now() - killedAt;

      const offers = await prisma.deliveryOffer.findMany({ where: { orderId: { in: ids } }, orderBy: { offeredAt: "asc" } });
      for (const id of ids) {
        const own = offers.filter((o) => o.orderId === id);
        // Made one after another: each offer only once the one before had expired.
        for (let i = 1; i < own.length; i++) expect(own[i]!.offeredAt.getTime()).toBeGreaterThanOrEqual(own[i - 1]!.respondedAt?.getTime() ?? Infinity);
      }
      const pendingPerDriver = new Map<string, number>();
      for (const o of offers.filter((o) => o.status === "PENDING")) pendingPerDriver.set(o.driverId, (pendingPerDriver.get(o.driverId) ?? 0) + 1);
      expect([...pendingPerDriver.values()].every((n) => n === 1)).toBe(true);
      console.log(
        `[topology] worker killed mid-dispatch (${held} dispatches held by the workers): ${leftByTheKilled} orders still without an offer 2 s after the kill, ` +
          `all ${ORDERS} ready orders offered ${tookOverMs} ms after the kill; ${offers.length} offers, none made twice`,
      );
    } finally {
      release();
      clearInterval(keepSending);
      // Nobody will take these orders: end them, so the workers stop dispatching them.
      await prisma.order.updateMany({ where: { id: { in: ids } }, data: { status: "CANCELLED" } });
      for (const id of ids) await releaseFinishedOrder(id);
      for (const d of drivers) await setDriverOnline(d.actor, false);
      restoreCluster();
    }
  });
});

describe("the PostgreSQL primary restarted", () => {
  it("answers 503 + Retry-After meanwhile, writes nothing half, and serves again by itself", async () => {
    const CLIENTS = 16;
    // Checkout allows 10 orders a minute per customer.
    const MAX_EACH = 8;
    const { restaurant, cart, clients: customers } = await checkoutFixture(CLIENTS + 1);
    const [probe, ...clients] = customers as [Customer, ...Customer[]];
    const staff = await createActor("RESTAURANT_STAFF", { restaurantIds: [restaurant.id] });
    const kitchen = await socketFor(REALTIME_PORTS[0]!, staff);
    await connectSocket(kitchen);
    const events: OrderEventMessage[] = [];
    kitchen.on("order:event", (event) => events.push(event));
    expect(await kitchen.emitWithAck("restaurant:subscribe", { restaurantId: restaurant.id })).toMatchObject({ ok: true });

    // Through the proxy and straight to each web instance, in turn.
    const bases = [PROXY, ...WEB_PORTS.map((port) => `http://127.0.0.1:${port}`)];
    let turn = 0;
    const nextBase = () => bases[turn++ % bases.length]!;
    const answers: Answer[] = [];
    let stop = false;
    const client = async (customer: Customer) => {
      const mine: Placed[] = [];
      while (!stop && mine.length < MAX_EACH) {
        mine.push(await placeUntilPlaced(nextBase, customer, cart, answers, { retryMs: 250 }));
        await sleep(300);
      }
      return mine;
    };
    const running = clients.map(client);
    await sleep(1000);

    const restartedAt = Date.now();
    await clusterShell('as_pg "$PG_BIN/pg_ctl" -D "$STATE/pg/primary" -l "$STATE/logs/pg-primary.log" -m fast -w restart >/dev/null');
    const upAt = Date.now();
    // The app reconnects by itself: an order placed through the proxy as soon as it answers,
    // and both instances healthy again.
    const after = await placeUntilPlaced(() => PROXY, probe, cart, answers, { retryMs: 100, giveUpMs: 30_000 });
    const placedAgainMs = Date.now() - upAt;
    await timeUntil(async () => (await Promise.all(WEB_PORTS.map((p) => httpStatus(`http://127.0.0.1:${p}/api/health`)))).every((s) => s === 200), 30_000, 200);
    stop = true;
    const placed = [...(await Promise.all(running)).flat(), after];

    // By itself: no process of the app exited (or was restarted) on the way.
    expect(APP_PROCESSES.filter((name) => !isRunning(name))).toEqual([]);
    expect(answers.filter((a) => a.status !== 201 && a.status !== 503)).toEqual([]);
    expect(answers.filter((a) => a.status === 503 && a.retryAfter === null)).toEqual([]);
    const { unpaid } = await expectNoOrderLostOrDoubled(placed);
    // The realtime relay's LISTEN connection (straight to the primary) came back too.
    await expect.poll(() => events.some((e) => e.orderId === after.orderId), { timeout: 30_000 }).toBe(true);
    kitchen.disconnect();

    const refused = answers.filter((a) => a.status === 503);
    console.log(
      `[topology] postgres primary restarted (pg_ctl -m fast, ${upAt - restartedAt} ms): ${refused.length} answers 503 + Retry-After ` +
        `${JSON.stringify(tally(answers))} by code ${JSON.stringify(tally(refused, (a) => a.detail ?? "proxy"))}, none 500; an order placed again ` +
        `${placedAgainMs} ms after it was up; ${placed.length} orders whole, ${unpaid} left PLACED awaiting their payment's settlement`,
    );
    restoreCluster();
  });
});
