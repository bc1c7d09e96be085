// The worker's follow-up of changed orders, a batch at a time on real rows: each delivery
// order gets its ETA (stored, in its history, told to its customer), an assigned driver's job
// card is refreshed, an order that ended undelivered withdraws its offers; table orders and
// unknown ids are left alone. The batch's estimates agree with recomputeEta's.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { dispatchOrder } from "@/lib/dispatch/dispatch-order";
import { acceptOffer } from "@/lib/dispatch/accept-offer";
import { followOrderChanges } from "@/lib/dispatch/follow-order-changes";
import { DISPATCH_EVENTS_CHANNEL, dispatchEventSchema, type DispatchEvent } from "@/lib/dispatch/dispatch-events";
import { transitionOrder } from "@/lib/orders/transition-order";
import { recomputeEta, storeEtas, type EtaEstimate } from "@/lib/tracking/recompute-eta";
import { flushPositionHistory } from "@/lib/tracking/position-history-writer";
import { getRedis } from "@/lib/redis";
import { createCustomers } from "../support/fixtures";
import { acceptedOrder, deliveryOutlet, onlineDriver } from "../support/dispatch";

const heard: DispatchEvent[] = [];
let listener: pg.Client;

beforeAll(async () => {
  listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await listener.connect();
  listener.on("notification", ({ payload }) => heard.push(dispatchEventSchema.parse(JSON.parse(payload!))));
  await listener.query(`LISTEN ${DISPATCH_EVENTS_CHANNEL}`);
});

afterAll(async () => {
  await listener.end();
  await flushPositionHistory();
  await getRedis()?.quit();
});

const estimatesOf = (orderId: string) => prisma.etaEstimate.findMany({ where: { orderId }, orderBy: { computedAt: "asc" } });
const heardFor = (orderId: string) => heard.filter((e) => "orderId" in e && e.orderId === orderId);

/** Notices arrive after their commit, in commit order: once one sent now is heard, every earlier one is. */
async function heardAllSoFar() {
  const barrier = randomUUID();
  const notice: DispatchEvent = { type: "job:updated", driverId: randomUUID(), orderId: barrier };
  await prisma.$executeRaw`SELECT pg_notify(${DISPATCH_EVENTS_CHANNEL}, ${JSON.stringify(notice)})`;
  await expect.poll(() => heardFor(barrier)).toHaveLength(1);
}

describe("followOrderChanges", () => {
  it("follows up a batch of orders in their different states at once", async () => {
    const outlet = await deliveryOutlet();
    const waiting = await acceptedOrder(outlet);

    const driver = await onlineDriver(outlet, 300);
    const taken = await acceptedOrder(outlet);
    const offer = await dispatchOrder(taken.id);
    if (offer.kind !== "offered") throw new Error(offer.kind);
    await acceptOffer(driver.actor, offer.offer.id);

    await onlineDriver(outlet, 600);
    const cancelled = await acceptedOrder(outlet);
    const open = await dispatchOrder(cancelled.id);
    if (open.kind !== "offered") throw new Error(open.kind);
    const { driverId: offeredTo } = await prisma.deliveryOffer.findUniqueOrThrow({ where: { id: open.offer.id } });
    await prisma.$transaction((tx) => transitionOrder(tx, { orderId: cancelled.id, to: "CANCELLED", actor: { id: null, role: "SYSTEM" } }));

    const [diner] = await createCustomers(1);
    const atTable = await prisma.order.create({
      data: { restaurantId: outlet.restaurant.id, customerId: diner!.userId, channel: "TABLE", status: "ACCEPTED", idempotencyKey: randomUUID(), subtotalCents: 900, totalCents: 900 },
    });
    const unknown = randomUUID();
    await prisma.order.updateMany({ where: { id: { in: [waiting.id, taken.id] } }, data: { etaAt: null } });
    heard.length = 0;

    const now = new Date();
    const outcomes = await followOrderChanges([waiting.id, taken.id, cancelled.id, atTable.id, unknown, waiting.id], now);

    expect(Object.fromEntries(outcomes)).toEqual({
      [waiting.id]: { status: "fulfilled", value: { needsDriver: true } },
      [taken.id]: { status: "fulfilled", value: { needsDriver: false } },
      [cancelled.id]: { status: "fulfilled", value: { needsDriver: false } },
      [atTable.id]: { status: "fulfilled", value: { needsDriver: false } },
      [unknown]: { status: "fulfilled", value: { needsDriver: false } },
    });
    for (const order of [waiting, taken]) {
      const { etaAt } = await prisma.order.findUniqueOrThrow({ where: { id: order.id } });
      expect(etaAt).not.toBeNull();
      // One estimate for the order however often the batch named it, in its history…
      expect((await estimatesOf(order.id)).filter((e) => e.computedAt.getTime() === now.getTime())).toMatchObject([{ etaAt, reason: "accepted" }]);
      // …and told to its customer.
      expect(heardFor(order.id)).toContainEqual({ type: "order:eta", userId: order.customer.userId, orderId: order.id, etaAt: etaAt!.toISOString(), computedAt: now.toISOString() });
    }
    // The assigned driver's job card is refreshed; the waiting order has no driver to tell.
    await expect.poll(() => heardFor(taken.id).filter((e) => e.type === "job:updated")).toEqual([{ type: "job:updated", driverId: driver.id, orderId: taken.id }]);
    expect(heardFor(waiting.id).filter((e) => e.type === "job:updated")).toEqual([]);
    // The cancelled order's open offer is withdrawn, and it gets no estimate.
    expect(await prisma.deliveryOffer.findUniqueOrThrow({ where: { id: open.offer.id } })).toMatchObject({ status: "WITHDRAWN" });
    expect(heardFor(cancelled.id)).toEqual([]);
    expect(heard).toContainEqual({ type: "offer:withdrawn", driverId: offeredTo, offerId: open.offer.id });
    expect(await estimatesOf(atTable.id)).toEqual([]);
  });

  it("estimates as recomputeEta does, and tells the customer only when the estimate moved", async () => {
    const outlet = await deliveryOutlet();
    const driver = await onlineDriver(outlet, 300, { vehicle: "CAR" });
    const order = await acceptedOrder(outlet);
    const offer = await dispatchOrder(order.id);
    if (offer.kind !== "offered") throw new Error(offer.kind);
    await acceptOffer(driver.actor, offer.offer.id);

    const now = new Date(Date.now() + 60_000);
    const single = await recomputeEta(prisma, order.id, "check", { now });
    await prisma.order.update({ where: { id: order.id }, data: { etaAt: null } });
    await followOrderChanges([order.id], now);
    const { etaAt } = await prisma.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(etaAt).toEqual(single);
    await heardAllSoFar();

    heard.length = 0;
    await followOrderChanges([order.id], now);
    // Stored again in the history, but the customer already has it: only the job card.
    expect((await estimatesOf(order.id)).filter((e) => e.computedAt.getTime() === now.getTime())).toHaveLength(3);
    await heardAllSoFar();
    expect(heardFor(order.id)).toEqual([{ type: "job:updated", driverId: driver.id, orderId: order.id }]);
  });

  it("two batches naming the same orders in opposite orders both commit (rows locked in id order, no deadlock)", async () => {
    const outlet = await deliveryOutlet();
    const orders = await Promise.all(Array.from({ length: 40 }, () => acceptedOrder(outlet)));
    const batch = (ids: string[], minutes: number): EtaEstimate[] =>
      ids.map((orderId) => ({ orderId, etaAt: new Date(Date.now() + minutes * 60_000), reason: "race", driverPosition: null, computedAt: new Date(), notice: null }));
    const ids = orders.map((o) => o.id);
    for (let round = 0; round < 30; round++) {
      const results = await Promise.allSettled([storeEtas(prisma, batch(ids, 10)), storeEtas(prisma, batch([...ids].reverse(), 20)), storeEtas(prisma, batch(ids, 30))]);
      expect(results.map((r) => (r.status === "rejected" ? String(r.reason) : "ok"))).toEqual(["ok", "ok", "ok"]);
    }
  });
});
