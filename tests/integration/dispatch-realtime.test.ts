// Dispatch news reaching sockets through the real realtime server (in-process) and
// PostgreSQL NOTIFY: offers to the driver's room, withdrawals, job updates, ETAs to the
// customer, and positions posted over HTTP forwarded to the customer from pickup on.
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { getRedis } from "@/lib/redis";
import type { Actor } from "@/lib/auth/actor";
import type { ServerToClientEvents } from "@/lib/realtime/events";
import { dispatchOrder } from "@/lib/dispatch/dispatch-order";
import { acceptOffer } from "@/lib/dispatch/accept-offer";
import { expireOffers } from "@/lib/dispatch/expire-offer";
import { followOrderChanges } from "@/lib/dispatch/follow-order-changes";
import { pickUpOrder } from "@/lib/dispatch/pick-up-order";
import { markOrderPreparing } from "@/lib/kitchen/mark-order-preparing";
import { markOrderReady } from "@/lib/kitchen/mark-order-ready";
import { ingestPositions } from "@/lib/tracking/ingest-position";
import { forwardPosition } from "@/lib/tracking/forward-position";
import { flushPositionHistory } from "@/lib/tracking/position-history-writer";
import type { RealtimeServer } from "@/server/realtime/create-realtime-server";
import { connectSocket, socketFor, startTestRealtimeServer, type Client } from "../support/realtime";
import { LAT_DEGREES_PER_METER } from "../support/fixtures";
import { acceptedOrder, deliveryOutlet, onlineDriver } from "../support/dispatch";

const clients: Client[] = [];
let server: Promise<RealtimeServer> | undefined;
const realtime = () => (server ??= startTestRealtimeServer({ redis: process.env.REDIS_URL, instance: "dispatch-test" }));

afterAll(async () => {
  for (const client of clients) client.disconnect();
  await (await server)?.close();
  await flushPositionHistory();
  await getRedis()?.quit();
});

async function connected(actor: Actor): Promise<Client> {
  const socket = await socketFor((await realtime()).port, actor);
  clients.push(socket);
  await connectSocket(socket);
  return socket;
}

/** Resolves with the next `event` the socket receives that matches. */
function next<E extends keyof ServerToClientEvents>(socket: Client, event: E, matches: (payload: Parameters<ServerToClientEvents[E]>[0]) => boolean = () => true) {
  return new Promise<Parameters<ServerToClientEvents[E]>[0]>((resolve) => {
    const listener = (payload: Parameters<ServerToClientEvents[E]>[0]) => {
      if (!matches(payload)) return;
      socket.off(event, listener as never);
      resolve(payload);
    };
    socket.on(event, listener as never);
  });
}

describe("dispatch over sockets", () => {
  it("a driver's socket receives offer:new, and offer:withdrawn when it times out", async () => {
    const outlet = await deliveryOutlet();
    const t0 = new Date();
    const driver = await onlineDriver(outlet, 300, { now: t0 });
    const socket = await connected(driver.actor);
    const order = await acceptedOrder(outlet);

    const arriving = next(socket, "offer:new", (offer) => offer.orderId === order.id);
    const outcome = await dispatchOrder(order.id, t0);
    expect(outcome.kind).toBe("offered");
    const offer = await arriving;
    expect(outcome).toMatchObject({ offer });
    expect(offer).toMatchObject({ orderId: order.id, restaurant: { name: outlet.restaurant.name }, dropoff: { address: "Customer street 1" } });

    const withdrawn = next(socket, "offer:withdrawn");
    await expireOffers({ offerId: offer.id }, new Date(new Date(offer.expiresAt).getTime() + 1));
    expect(await withdrawn).toEqual({ offerId: offer.id });
  });

  it("the driver gets job:updated when the kitchen marks the order ready; the customer gets order:eta", async () => {
    const outlet = await deliveryOutlet();
    const driver = await onlineDriver(outlet, 300);
    const order = await acceptedOrder(outlet);
    const outcome = await dispatchOrder(order.id);
    if (outcome.kind !== "offered") throw new Error(outcome.kind);
    await acceptOffer(driver.actor, outcome.offer.id);
    const driverSocket = await connected(driver.actor);
    const customerSocket = await connected(order.customer);

    await markOrderPreparing(outlet.staff, order.id);
    await markOrderReady(outlet.staff, order.id);
    const job = next(driverSocket, "job:updated", (j) => j.status === "READY");
    const eta = next(customerSocket, "order:eta", (e) => e.orderId === order.id);
    // What the worker runs on the READY event.
    await prisma.order.update({ where: { id: order.id }, data: { etaAt: null } });
    await followOrderChanges([order.id]);
    expect(await job).toMatchObject({ orderId: order.id, status: "READY", items: [{ name: "Margherita", quantity: 2 }] });
    const { etaAt, etaEstimates } = await prisma.order.findUniqueOrThrow({
      where: { id: order.id },
      select: { etaAt: true, etaEstimates: { orderBy: { computedAt: "desc" }, take: 1, select: { computedAt: true } } },
    });
    // When it was computed travels along: the customer's page keeps the newest estimate.
    expect(await eta).toEqual({ orderId: order.id, etaAt: etaAt!.toISOString(), computedAt: etaEstimates[0]!.computedAt.toISOString() });
  });

  it("positions posted over HTTP reach the customer after pickup, and a move of more than 100 m re-estimates the ETA", async () => {
    const outlet = await deliveryOutlet();
    const driver = await onlineDriver(outlet, 300);
    const order = await acceptedOrder(outlet);
    const outcome = await dispatchOrder(order.id);
    if (outcome.kind !== "offered") throw new Error(outcome.kind);
    await acceptOffer(driver.actor, outcome.offer.id);
    await markOrderPreparing(outlet.staff, order.id);
    await markOrderReady(outlet.staff, order.id);
    await pickUpOrder(driver.actor, order.id);
    const customerSocket = await connected(order.customer);

    const moves = () => prisma.etaEstimate.count({ where: { orderId: order.id, reason: "driver_moved" } });
    const at = (meters: number, seconds: number) => ({
      lat: outlet.restaurant.lat + meters * LAT_DEGREES_PER_METER,
      lng: outlet.restaurant.lng,
      recordedAt: new Date(Date.now() + seconds * 1000),
    });
    // What POST /api/v1/driver/location does.
    const post = async (point: ReturnType<typeof at>) => {
      const summary = await ingestPositions(driver.actor, [point], point.recordedAt);
      if (summary.forward) await forwardPosition(summary.forward);
      return summary;
    };

    const first = at(100, 5);
    const position = next(customerSocket, "driver:position", (p) => p.orderId === order.id);
    expect(await post(first)).toMatchObject({ accepted: 1 });
    expect(await position).toEqual({ orderId: order.id, lat: first.lat, lng: first.lng, recordedAt: first.recordedAt.toISOString() });
    const afterFirst = await moves();
    expect(afterFirst).toBeGreaterThanOrEqual(1);

    await post(at(150, 10)); // 50 m on: same estimate
    expect(await moves()).toBe(afterFirst);
    const eta = next(customerSocket, "order:eta", (e) => e.orderId === order.id);
    await post(at(400, 15)); // 300 m on: a new one
    expect(await moves()).toBe(afterFirst + 1);
    expect((await eta).etaAt).not.toBeNull();
  });
});
