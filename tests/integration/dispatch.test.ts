// Dispatch on real rows: who is offered an order, racing dispatchers and accepts, decline and
// timeout going to the next driver, pickup and hand-over with the code, who may do what.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import { dispatchOrder } from "@/lib/dispatch/dispatch-order";
import { acceptOffer } from "@/lib/dispatch/accept-offer";
import { declineOffer } from "@/lib/dispatch/decline-offer";
import { expireOffers } from "@/lib/dispatch/expire-offer";
import { setDriverOnline } from "@/lib/dispatch/set-driver-online";
import { pickUpOrder } from "@/lib/dispatch/pick-up-order";
import { deliverOrder } from "@/lib/dispatch/deliver-order";
import { getDriverHome } from "@/lib/dispatch/get-driver-home";
import { followOrderChanges } from "@/lib/dispatch/follow-order-changes";
import { sweepDispatch } from "@/lib/dispatch/sweep-dispatch";
import { markOrderPreparing } from "@/lib/kitchen/mark-order-preparing";
import { markOrderReady } from "@/lib/kitchen/mark-order-ready";
import { getOrderTracking } from "@/lib/tracking/get-order-tracking";
import { flushPositionHistory } from "@/lib/tracking/position-history-writer";
import { getRedis } from "@/lib/redis";
import { statusOf } from "../support/status-of";
import { createActor } from "../support/fixtures";
import { acceptedOrder, deliveryOutlet, onlineDriver, placeDriver, type Outlet } from "../support/dispatch";

afterAll(async () => {
  await flushPositionHistory();
  await getRedis()?.quit();
});

const pendingOffers = (orderId: string) => prisma.deliveryOffer.findMany({ where: { orderId, status: "PENDING" } });
const orderRow = (orderId: string) => prisma.order.findUniqueOrThrow({ where: { id: orderId } });
const driverRow = (driverId: string) => prisma.driver.findUniqueOrThrow({ where: { id: driverId } });
const later = (date: Date, ms: number) => new Date(date.getTime() + ms);

async function offered(orderId: string, now = new Date()) {
  const outcome = await dispatchOrder(orderId, now);
  if (outcome.kind !== "offered") throw new Error(`expected an offer, got ${outcome.kind}`);
  return outcome;
}

/** An order assigned to a fresh driver (ACCEPTED by the kitchen, offer accepted). */
async function assigned(outlet: Outlet) {
  const driver = await onlineDriver(outlet, 300);
  const order = await acceptedOrder(outlet);
  const { offer } = await offered(order.id);
  const job = await acceptOffer(driver.actor, offer.id);
  return { driver, order, job };
}

describe("dispatch", () => {
  it("offers the order to the nearest available driver with a fresh position", async () => {
    const outlet = await deliveryOutlet();
    const now = new Date();
    const near = await onlineDriver(outlet, 400, { now });
    await onlineDriver(outlet, 1500, { now });
    // Nearer, but offline / position 40 s old / beyond the radius.
    const offline = await onlineDriver(outlet, 100, { now });
    await setDriverOnline(offline.actor, false);
    await onlineDriver(outlet, 50, { now: later(now, -40_000) });
    await onlineDriver(outlet, env.DISPATCH_RADIUS_METERS + 500, { now });

    const order = await acceptedOrder(outlet);
    const outcome = await offered(order.id, now);
    expect(outcome.driverId).toBe(near.id);
    expect(outcome.offer).toMatchObject({
      orderId: order.id,
      restaurant: { lat: outlet.restaurant.lat, lng: outlet.restaurant.lng },
      dropoff: { address: "Customer street 1" },
    });
    expect(outcome.offer.distanceMeters).toBeGreaterThan(350);
    expect(new Date(outcome.offer.expiresAt).getTime() - now.getTime()).toBe(env.DISPATCH_OFFER_SECONDS * 1000);
    expect(outcome.offer.payoutCents).toBeGreaterThan(200); // base + distance + the 200 tip
    // The driver's app finds it on GET /me too.
    expect((await getDriverHome(near.actor, now)).offer).toEqual(outcome.offer);
  });

  it("defers while every driver would wait long at the pass, and offers once it is time", async () => {
    const outlet = await deliveryOutlet();
    const now = new Date();
    await onlineDriver(outlet, 300, { now });
    const order = await acceptedOrder(outlet, { prepMinutes: 30, now });
    expect(await dispatchOrder(order.id, now)).toMatchObject({ kind: "deferred" });
    expect(await pendingOffers(order.id)).toHaveLength(0);
    // The kitchen is faster than it said: ready now, so the driver should come now.
    await markOrderPreparing(outlet.staff, order.id);
    await markOrderReady(outlet.staff, order.id);
    expect(await dispatchOrder(order.id, now)).toMatchObject({ kind: "offered" });
  });

  it("two dispatchers racing for one order make one offer", async () => {
    const outlet = await deliveryOutlet();
    await Promise.all([onlineDriver(outlet, 200), onlineDriver(outlet, 300), onlineDriver(outlet, 400)]);
    const order = await acceptedOrder(outlet);
    const outcomes = await Promise.all(Array.from({ length: 6 }, () => dispatchOrder(order.id)));
    expect(outcomes.filter((o) => o.kind === "offered")).toHaveLength(1);
    expect(await pendingOffers(order.id)).toHaveLength(1);
  });

  it("one driver is offered one order at a time, even when two orders are dispatched at once", async () => {
    const outlet = await deliveryOutlet();
    const only = await onlineDriver(outlet, 200);
    const [a, b] = await Promise.all([acceptedOrder(outlet), acceptedOrder(outlet)]);
    const outcomes = await Promise.all([dispatchOrder(a.id), dispatchOrder(b.id)]);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(["no_driver", "offered"]);
    expect(await prisma.deliveryOffer.count({ where: { driverId: only.id, status: "PENDING" } })).toBe(1);
    // The database itself refuses a second open offer for the driver.
    const other = outcomes[0]!.kind === "offered" ? b : a;
    await expect(
      prisma.deliveryOffer.create({
        data: { orderId: other.id, driverId: only.id, score: 0, pickupEtaSeconds: 60, distanceMeters: 200, payoutCents: 500, expiresAt: later(new Date(), 30_000) },
      }),
    ).rejects.toMatchObject({ code: "P2002" });
  });

  it("accepting assigns the order in one step: code, payout, event, ETA; a racing second accept gets 409", async () => {
    const outlet = await deliveryOutlet();
    const driver = await onlineDriver(outlet, 300);
    const order = await acceptedOrder(outlet);
    const { offer } = await offered(order.id);
    const codeAtPlacement = (await orderRow(order.id)).deliveryCode;

    const results = await Promise.allSettled([acceptOffer(driver.actor, offer.id), acceptOffer(driver.actor, offer.id), acceptOffer(driver.actor, offer.id)]);
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ status: 409 });

    const job = (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof acceptOffer>>>).value;
    expect(job).toMatchObject({ orderId: order.id, status: "ACCEPTED", payoutCents: offer.payoutCents, customerName: order.customer.name });
    expect(job.items).toEqual([{ name: "Margherita", quantity: 2 }]);
    expect(job).not.toHaveProperty("deliveryCode");
    const row = await orderRow(order.id);
    expect(row).toMatchObject({ driverId: driver.id, driverPayoutCents: offer.payoutCents });
    expect(row.deliveryCode).toMatch(/^\d{4}$/);
    // A code the customer saw before the driver came stays the code.
    expect(codeAtPlacement).toMatch(/^\d{4}$/);
    expect(row.deliveryCode).toBe(codeAtPlacement);
    expect(row.etaAt).not.toBeNull();
    expect(await prisma.etaEstimate.count({ where: { orderId: order.id, reason: "assigned" } })).toBe(1);
    expect(await driverRow(driver.id)).toMatchObject({ status: "ON_DELIVERY" });
    expect(await prisma.orderEvent.count({ where: { orderId: order.id, type: "order.driver_assigned" } })).toBe(1);
    // The customer sees the code and who is coming; no position before pickup.
    expect(await getOrderTracking(order.customer, order.id)).toMatchObject({
      deliveryCode: row.deliveryCode,
      driver: { name: driver.actor.name, vehicle: "BICYCLE" },
      lastPosition: null,
    });
  });

  it("a driver never holds two active orders: the CAS refuses, and so does the unique index", async () => {
    const outlet = await deliveryOutlet();
    const { driver } = await assigned(outlet);
    const second = await acceptedOrder(outlet);
    // Dispatch never offers a busy driver…
    expect(await dispatchOrder(second.id)).toEqual({ kind: "no_driver" });
    // …and an offer made anyway (as if the driver had been free a moment ago) cannot be accepted.
    const stray = await prisma.deliveryOffer.create({
      data: { orderId: second.id, driverId: driver.id, score: 0, pickupEtaSeconds: 60, distanceMeters: 300, payoutCents: 500, expiresAt: later(new Date(), 30_000) },
    });
    // Even with the driver row claiming to be free, the partial unique index holds.
    await prisma.driver.update({ where: { id: driver.id }, data: { status: "AVAILABLE" } });
    await expect(acceptOffer(driver.actor, stray.id)).rejects.toMatchObject({ status: 409, code: "driver_not_available" });
    expect(await orderRow(second.id)).toMatchObject({ driverId: null });
    expect(await prisma.deliveryOffer.findUniqueOrThrow({ where: { id: stray.id } })).toMatchObject({ status: "PENDING" });
  });

  it("accepting while going offline: the driver's CAS lets exactly one of them win", async () => {
    for (let round = 0; round < 5; round++) {
      const outlet = await deliveryOutlet();
      const driver = await onlineDriver(outlet, 300);
      const order = await acceptedOrder(outlet);
      const { offer } = await offered(order.id);
      const [accept, offline] = await Promise.allSettled([acceptOffer(driver.actor, offer.id), setDriverOnline(driver.actor, false)]);
      const { status } = await driverRow(driver.id);
      const { driverId } = await orderRow(order.id);
      if (accept.status === "fulfilled") {
        expect(offline).toMatchObject({ status: "rejected", reason: { status: 409 } });
        expect({ status, driverId }).toEqual({ status: "ON_DELIVERY", driverId: driver.id });
      } else {
        expect(accept.reason).toMatchObject({ status: 409 });
        expect(offline.status).toBe("fulfilled");
        expect({ status, driverId }).toEqual({ status: "OFFLINE", driverId: null });
      }
    }
  });

  it("decline → the next driver; a second answer is 409", async () => {
    const outlet = await deliveryOutlet();
    const first = await onlineDriver(outlet, 200);
    const second = await onlineDriver(outlet, 600);
    const order = await acceptedOrder(outlet);
    const { offer, driverId } = await offered(order.id);
    expect(driverId).toBe(first.id);
    await declineOffer(first.actor, offer.id);
    expect(await statusOf(declineOffer(first.actor, offer.id))).toBe(409);
    expect(await statusOf(acceptOffer(first.actor, offer.id))).toBe(409);
    expect(await offered(order.id)).toMatchObject({ driverId: second.id });
  });

  it("timeout → expired, the next driver is offered it, and accepting late is 409", async () => {
    const outlet = await deliveryOutlet();
    const t0 = new Date();
    const slow = await onlineDriver(outlet, 200, { now: t0 });
    const other = await onlineDriver(outlet, 700, { now: t0 });
    const order = await acceptedOrder(outlet);
    const { offer } = await offered(order.id, t0);

    const late = later(t0, (env.DISPATCH_OFFER_SECONDS + 1) * 1000);
    // Not yet expired by the sweep, but past its time: too late all the same.
    expect(await acceptOffer(slow.actor, offer.id, late).catch((e: unknown) => e)).toMatchObject({ status: 409, code: "offer_expired" });
    expect(await expireOffers({ offerId: offer.id }, later(t0, 1000))).toEqual([]); // not due yet
    expect(await expireOffers({ offerId: offer.id }, late)).toEqual([order.id]);
    expect(await statusOf(acceptOffer(slow.actor, offer.id, late))).toBe(409);

    // The other driver kept sending positions; the order goes to them.
    await placeDriver(other.actor, outlet, 650, later(late, -5000));
    expect(await offered(order.id, late)).toMatchObject({ driverId: other.id });
  });

  it("the sweep expires forgotten offers and lists orders still waiting for a driver", async () => {
    const outlet = await deliveryOutlet();
    const t0 = new Date();
    await onlineDriver(outlet, 200, { now: t0 });
    const waiting = await acceptedOrder(outlet);
    const { offer } = await offered(waiting.id, t0);
    const { expired, waiting: ids } = await sweepDispatch(later(t0, (env.DISPATCH_OFFER_SECONDS + 5) * 1000));
    expect(expired).toBeGreaterThanOrEqual(1);
    expect(ids).toContain(waiting.id);
    expect(await prisma.deliveryOffer.findUniqueOrThrow({ where: { id: offer.id } })).toMatchObject({ status: "EXPIRED" });
  });

  it("an order cancelled by the kitchen withdraws its open offer and frees its driver", async () => {
    const outlet = await deliveryOutlet();
    const driver = await onlineDriver(outlet, 200);
    const order = await acceptedOrder(outlet);
    const { offer } = await offered(order.id);
    const { transitionOrder } = await import("@/lib/orders/transition-order");
    await prisma.$transaction((tx) => transitionOrder(tx, { orderId: order.id, to: "CANCELLED", actor: { id: outlet.staff.userId, role: "RESTAURANT_STAFF" } }));
    expect((await followOrderChanges([order.id])).get(order.id)).toEqual({ status: "fulfilled", value: { needsDriver: false } });
    expect(await prisma.deliveryOffer.findUniqueOrThrow({ where: { id: offer.id } })).toMatchObject({ status: "WITHDRAWN" });
    expect(await statusOf(acceptOffer(driver.actor, offer.id))).toBe(409);

    // Assigned, then cancelled: the driver is back in the pool.
    const taken = await assigned(await deliveryOutlet());
    await prisma.$transaction((tx) => transitionOrder(tx, { orderId: taken.order.id, to: "CANCELLED", actor: { id: null, role: "SYSTEM" } }));
    await followOrderChanges([taken.order.id]);
    expect(await driverRow(taken.driver.id)).toMatchObject({ status: "AVAILABLE" });
  });

  it("pickup needs the order ready; deliver needs the right code and frees the driver; today's figures add up", async () => {
    const outlet = await deliveryOutlet();
    const { driver, order, job } = await assigned(outlet);
    expect(await pickUpOrder(driver.actor, order.id).catch((e: unknown) => e)).toMatchObject({ status: 409 });
    await markOrderPreparing(outlet.staff, order.id);
    await markOrderReady(outlet.staff, order.id);
    expect(await pickUpOrder(driver.actor, order.id)).toMatchObject({ status: "PICKED_UP" });

    const { deliveryCode } = await orderRow(order.id);
    const wrong = deliveryCode === "0000" ? "1111" : "0000";
    const events = await prisma.orderEvent.count({ where: { orderId: order.id } });
    expect(await deliverOrder(driver.actor, order.id, { code: wrong }).catch((e: unknown) => e)).toMatchObject({ status: 400, code: "wrong_delivery_code" });
    expect(await statusOf(deliverOrder(driver.actor, order.id, { code: "12a4" }))).toBe(400);
    expect(await statusOf(deliverOrder(driver.actor, order.id, {}))).toBe(400);
    // Nothing written by the refusals.
    expect(await orderRow(order.id)).toMatchObject({ status: "PICKED_UP", deliveredAt: null });
    expect(await driverRow(driver.id)).toMatchObject({ status: "ON_DELIVERY" });
    expect(await prisma.orderEvent.count({ where: { orderId: order.id } })).toBe(events);
    // Going offline with a job is refused.
    expect(await setDriverOnline(driver.actor, false).catch((e: unknown) => e)).toMatchObject({ status: 409, code: "job_in_progress" });

    const now = new Date();
    expect(await deliverOrder(driver.actor, order.id, { code: deliveryCode }, now)).toMatchObject({ status: "DELIVERED" });
    expect(await driverRow(driver.id)).toMatchObject({ status: "AVAILABLE", availableSince: now });
    const home = await getDriverHome(driver.actor);
    expect(home).toMatchObject({ job: null, offer: null, today: { deliveries: 1, earningsCents: job.payoutCents }, driver: { status: "AVAILABLE" } });
    // Done is done.
    expect(await statusOf(deliverOrder(driver.actor, order.id, { code: deliveryCode }))).toBe(409);
    expect(await setDriverOnline(driver.actor, false)).toMatchObject({ status: "OFFLINE" });
  });

  it("only drivers, and only their own offers and jobs: 403 for other roles, 404 for another driver's", async () => {
    const outlet = await deliveryOutlet();
    const driver = await onlineDriver(outlet, 200);
    const stranger = await createActor("DRIVER");
    const customer = await createActor("CUSTOMER");
    const order = await acceptedOrder(outlet);
    const { offer } = await offered(order.id);

    for (const call of [
      acceptOffer(customer, offer.id),
      declineOffer(outlet.staff, offer.id),
      setDriverOnline(customer, true),
      pickUpOrder(customer, order.id),
      deliverOrder(outlet.staff, order.id, { code: "1234" }),
      getDriverHome(customer),
      getOrderTracking(driver.actor, order.id),
    ]) {
      expect(await statusOf(call)).toBe(403);
    }
    expect(await statusOf(acceptOffer(stranger, offer.id))).toBe(404);
    expect(await statusOf(declineOffer(stranger, offer.id))).toBe(404);
    expect(await statusOf(acceptOffer(driver.actor, randomUUID()))).toBe(404);
    expect(await statusOf(acceptOffer(driver.actor, "not-a-uuid"))).toBe(400);
    await acceptOffer(driver.actor, offer.id);
    expect(await statusOf(pickUpOrder(stranger, order.id))).toBe(404);
    expect(await statusOf(deliverOrder(stranger, order.id, { code: "1234" }))).toBe(404);
    expect(await statusOf(getOrderTracking(await createActor("CUSTOMER"), order.id))).toBe(404);
    // Nothing changed hands.
    expect(await orderRow(order.id)).toMatchObject({ driverId: driver.id, status: "ACCEPTED" });
  });
});
