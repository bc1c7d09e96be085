// Order events relayed live over Socket.IO and caught up after a reconnect, through the real
// realtime server, against real PostgreSQL (and, when REDIS_URL is set, two instances sharing Redis).
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import { placeOrder } from "@/lib/orders/place-order";
import { transitionOrder } from "@/lib/orders/transition-order";
import { authorizeSubscription } from "@/lib/realtime/authorize-subscription";
import {
  userRoom,
  type EventScope,
  type OrderEventMessage,
  type SubscribeAck,
} from "@/lib/realtime/events";
import type { RealtimeServer } from "@/server/realtime/create-realtime-server";
import { connectSocket, socketFor, startTestRealtimeServer, type Client } from "../support/realtime";
import { holdTransactionOpen } from "../support/held-transaction";
import { createActor, createChain, createCustomers, createItem, createOpenRestaurant } from "../support/fixtures";
import { createTestProvider, TEST_CARDS } from "../support/test-payments";


const GRACE_MS = 1000;
const WAIT = { timeout: 5000 };
const servers: RealtimeServer[] = [];
const clients: Client[] = [];

afterAll(async () => {
  for (const client of clients) client.disconnect();
  await Promise.all(servers.map((s) => s.close()));
});

async function startServer(redisUrl?: string) {
  const server = await startTestRealtimeServer({
    redis: redisUrl,
    instance: `test-${servers.length}`,
    relay: { graceMs: GRACE_MS },
  });
  servers.push(server);
  return server;
}

let single: Promise<RealtimeServer> | undefined;
const singleServer = () => (single ??= startServer());

/**
 * A socket signed in as `actor` with the session cookie the web app sets. `live` records
 * every relayed event, `caughtUp` every event of a catch-up made through follow().
 */
async function connectAs(actor: Actor, server?: RealtimeServer) {
  const { port } = server ?? (await singleServer());
  const socket = await socketFor(port, actor);
  clients.push(socket);
  const live: OrderEventMessage[] = [];
  socket.on("order:event", (event) => live.push(event));
  await connectSocket(socket);
  return { socket, live, caughtUp: [] as OrderEventMessage[] };
}

type Connected = Awaited<ReturnType<typeof connectAs>>;

/** Keeps a subscription's catch-up with the client. */
async function follow(client: Connected, subscribed: Promise<SubscribeAck>) {
  const ack = await subscribed;
  if (!ack.ok) throw new Error(ack.error);
  client.caughtUp.push(...ack.events);
  return ack;
}

/**
 * Everything the client has of its feeds, once each, in seq order. Events the relay has not
 * settled yet when a client subscribes come live instead of in the catch-up (by design), so
 * tests wait on this rather than on either part.
 */
const feedOf = (client: Connected) =>
  [...new Map([...client.caughtUp, ...client.live].map((e) => [e.seq, e])).values()].sort((x, y) => (BigInt(x.seq) < BigInt(y.seq) ? -1 : 1));

async function paidOrder(restaurantId: string, itemId: string, customer: Actor) {
  const input = { restaurantId, items: [{ itemId, quantity: 1 }], delivery: { address: "Dam 1", lat: 52.37, lng: 4.89 }, cardNumber: TEST_CARDS.success };
  const { order } = await placeOrder(customer, input, `key-${randomUUID()}`, createTestProvider().provider);
  expect(order.status).toBe("PAID");
  return order;
}

const move = (orderId: string, to: OrderStatus, staff: Actor) =>
  prisma.$transaction((tx) => transitionOrder(tx, { orderId, to, actor: { id: staff.userId, role: staff.role } }));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seqs = (events: OrderEventMessage[]) => events.map((e) => BigInt(e.seq));
const ascending = (events: OrderEventMessage[]) => seqs(events).every((seq, i, all) => i === 0 || seq > all[i - 1]!);

describe("live order events", () => {
  it("relays placement and each transition, in order, to the kitchen and to the customer", async () => {
    const restaurant = await createOpenRestaurant();
    const item = await createItem(restaurant.id);
    const [customer] = await createCustomers(1);
    const staff = await createActor("RESTAURANT_STAFF", { restaurantIds: [restaurant.id] });

    const kitchen = await connectAs(staff);
    expect(await kitchen.socket.emitWithAck("restaurant:subscribe", { restaurantId: restaurant.id })).toEqual({ ok: true, events: [], hasMore: false, horizon: expect.stringMatching(/^\d+$/) });
    const order = await paidOrder(restaurant.id, item.id, customer!);
    await expect.poll(() => kitchen.live.map((e) => e.type), WAIT).toEqual(["order.placed", "order.paid"]);

    const me = await connectAs(customer!);
    const ack = await me.socket.emitWithAck("order:subscribe", { orderId: order.id });
    expect(ack.ok && ack.events.map((e) => e.type)).toEqual(["order.placed", "order.paid"]);

    for (const to of ["ACCEPTED", "PREPARING", "READY"] as const) await move(order.id, to, staff);
    await expect.poll(() => me.live.map((e) => e.toStatus), WAIT).toEqual(["ACCEPTED", "PREPARING", "READY"]);
    await expect.poll(() => kitchen.live.length, WAIT).toBe(5);
    expect(ascending(kitchen.live) && ascending(me.live)).toBe(true);
    expect(me.live[0]).toEqual({
      seq: expect.stringMatching(/^\d+$/),
      orderId: order.id,
      restaurantId: restaurant.id,
      type: "order.accepted",
      fromStatus: "PAID",
      toStatus: "ACCEPTED",
      actorRole: "RESTAURANT_STAFF",
      payload: {},
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      txid: expect.stringMatching(/^\d+$/),
    });
  });

  it("refuses what the actor may not follow with an ack, keeps the socket, and leaks nothing", async () => {
    const [a, b] = [await createOpenRestaurant({ name: "A" }), await createOpenRestaurant({ name: "B" })];
    const itemB = await createItem(b.id);
    const [mine, other] = await createCustomers(2);
    const orderB = await paidOrder(b.id, itemB.id, other!);
    const staffA = await createActor("RESTAURANT_STAFF", { restaurantIds: [a.id] });
    const staffB = await createActor("RESTAURANT_STAFF", { restaurantIds: [b.id] });

    const customer = await connectAs(mine!);
    expect(await customer.socket.emitWithAck("order:subscribe", { orderId: orderB.id })).toEqual({ ok: false, error: "Order not found", code: "not_found" });
    expect(await customer.socket.emitWithAck("restaurant:subscribe", { restaurantId: b.id })).toMatchObject({ ok: false, code: "forbidden" });

    const kitchenA = await connectAs(staffA);
    expect(await kitchenA.socket.emitWithAck("restaurant:subscribe", { restaurantId: b.id })).toMatchObject({ ok: false, code: "not_found" });
    expect(await kitchenA.socket.emitWithAck("order:subscribe", { orderId: orderB.id })).toMatchObject({ ok: false, code: "not_found" });
    expect(await kitchenA.socket.emitWithAck("restaurant:subscribe", { restaurantId: a.id })).toMatchObject({ ok: true });

    const bad = [null, "x", {}, { orderId: "nope" }, { orderId: orderB.id, afterSeq: "-1" }, { orderId: orderB.id, afterSeq: 5 }, { orderId: orderB.id, afterSeq: "99999999999999999999" }];
    for (const input of bad) {
      expect(await kitchenA.socket.emitWithAck("order:subscribe", input as never), JSON.stringify(input)).toMatchObject({ ok: false, code: "invalid_request" });
    }
    // No ack function at all: nothing to answer, nothing to crash.
    (kitchenA.socket.emit as (event: string, ...args: unknown[]) => void)("order:subscribe", { orderId: orderB.id });
    (kitchenA.socket.emit as (event: string, ...args: unknown[]) => void)("restaurant:unsubscribe", 42);
    expect(await kitchenA.socket.emitWithAck("ping")).toHaveProperty("serverTime");

    const kitchenB = await connectAs(staffB);
    await follow(kitchenB, kitchenB.socket.emitWithAck("restaurant:subscribe", { restaurantId: b.id }));
    await move(orderB.id, "ACCEPTED", staffB);
    await expect.poll(() => feedOf(kitchenB).at(-1)?.toStatus, WAIT).toBe("ACCEPTED");
    await sleep(200);
    expect([...customer.live, ...kitchenA.live]).toEqual([]);
  });

  it("scopes each role in the database: driver, chain admin, staff, platform admin", async () => {
    const [chain, otherChain] = [await createChain("Pizza Co"), await createChain("Burger Co")];
    const inChain = await createOpenRestaurant({ chainId: chain.id });
    const alone = await createOpenRestaurant();
    const [itemC, itemO] = [await createItem(inChain.id), await createItem(alone.id)];
    const [customer] = await createCustomers(1);
    const [orderC, orderO] = [await paidOrder(inChain.id, itemC.id, customer!), await paidOrder(alone.id, itemO.id, customer!)];
    const [driver, otherDriver] = [await createActor("DRIVER"), await createActor("DRIVER")];
    const { id: driverId } = await prisma.driver.findUniqueOrThrow({ where: { userId: driver.userId } });
    await prisma.order.update({ where: { id: orderC.id }, data: { driverId } });
    const chainAdmin = await createActor("CHAIN_ADMIN", { chainId: chain.id });
    const otherAdmin = await createActor("CHAIN_ADMIN", { chainId: otherChain.id });
    const staff = await createActor("RESTAURANT_STAFF", { restaurantIds: [inChain.id] });
    const platform = await createActor("PLATFORM_ADMIN");

    const status = (actor: Actor, kind: EventScope["kind"], id: string) =>
      authorizeSubscription(actor, { kind, id }).then(
        () => 200,
        (error: { status: number }) => error.status,
      );
    const cases: [Actor, EventScope["kind"], string, number][] = [
      [customer!, "order", orderC.id, 200],
      [driver, "order", orderC.id, 200],
      [driver, "order", orderO.id, 404],
      [otherDriver, "order", orderC.id, 404],
      [driver, "restaurant", inChain.id, 403],
      [staff, "order", orderC.id, 200],
      [staff, "order", orderO.id, 404],
      [staff, "chain", chain.id, 403],
      [chainAdmin, "order", orderC.id, 200],
      [chainAdmin, "order", orderO.id, 404],
      [chainAdmin, "restaurant", inChain.id, 200],
      [chainAdmin, "restaurant", alone.id, 404],
      [chainAdmin, "chain", chain.id, 200],
      [chainAdmin, "chain", otherChain.id, 404],
      [otherAdmin, "order", orderC.id, 404],
      [platform, "order", orderO.id, 200],
      [platform, "restaurant", alone.id, 200],
      [platform, "chain", otherChain.id, 200],
      [platform, "order", randomUUID(), 404],
    ];
    for (const [actor, kind, id, expected] of cases) expect(await status(actor, kind, id), `${actor.role} ${kind}`).toBe(expected);

    // The chain room gets the chain's events.
    const admin = await connectAs(chainAdmin);
    await follow(admin, admin.socket.emitWithAck("chain:subscribe", { chainId: chain.id }));
    await move(orderO.id, "CANCELLED", platform);
    await move(orderC.id, "CANCELLED", platform);
    await expect.poll(() => feedOf(admin).map((e) => [e.orderId, e.toStatus]), WAIT).toEqual([
      [orderC.id, "PLACED"],
      [orderC.id, "PAID"],
      [orderC.id, "CANCELLED"],
    ]);

    // Membership is read from the database, not from the (older) session token.
    await prisma.user.update({ where: { id: chainAdmin.userId }, data: { chainId: otherChain.id } });
    expect(await status(chainAdmin, "chain", chain.id)).toBe(404);
  });

  it("catches a client up on exactly the events it missed while disconnected, in order, in pages", async () => {
    const restaurant = await createOpenRestaurant();
    const item = await createItem(restaurant.id);
    const [customer] = await createCustomers(1);
    const staff = await createActor("RESTAURANT_STAFF", { restaurantIds: [restaurant.id] });
    const order = await paidOrder(restaurant.id, item.id, customer!);
    const watcher = await connectAs(staff);
    await follow(watcher, watcher.socket.emitWithAck("restaurant:subscribe", { restaurantId: restaurant.id }));

    const first = await connectAs(customer!);
    await follow(first, first.socket.emitWithAck("order:subscribe", { orderId: order.id }));
    await expect.poll(() => feedOf(first).length, WAIT).toBe(2);
    const cursor = feedOf(first).at(-1)!.seq;
    first.socket.disconnect();

    for (const to of ["ACCEPTED", "PREPARING", "READY"] as const) await move(order.id, to, staff);
    await expect.poll(() => feedOf(watcher).length, WAIT).toBe(5);
    const missed = feedOf(watcher).slice(2);

    const again = await connectAs(customer!);
    const caughtUp = await again.socket.emitWithAck("order:subscribe", { orderId: order.id, afterSeq: cursor });
    expect(caughtUp).toEqual({ ok: true, events: missed, hasMore: false, horizon: expect.stringMatching(/^\d+$/) });
    expect(missed.map((e) => e.toStatus)).toEqual(["ACCEPTED", "PREPARING", "READY"]);

    // More than a page (500) missed: the relay reads them in batches, the client pages.
    const notes = Array.from({ length: 501 }, (_, i) => ({ orderId: order.id, restaurantId: restaurant.id, type: "order.note", actorRole: "SYSTEM", payload: { i } }));
    await prisma.orderEvent.createMany({ data: notes });
    await expect.poll(() => feedOf(watcher).length, { timeout: 10_000 }).toBe(5 + 501);
    expect(ascending(watcher.live)).toBe(true);
    const afterSeq = missed.at(-1)!.seq;
    const page1 = await again.socket.emitWithAck("order:subscribe", { orderId: order.id, afterSeq });
    expect(page1.ok && [page1.events.length, page1.hasMore]).toEqual([500, true]);
    const page2 = await again.socket.emitWithAck("order:subscribe", { orderId: order.id, afterSeq: page1.ok ? page1.events.at(-1)!.seq : "" });
    expect(page2.ok && [page2.events.map((e) => e.payload), page2.hasMore]).toEqual([[{ i: 500 }], false]);
  });

  it("holds an event behind an earlier one still being committed, so a feed never skips a seq", async () => {
    const restaurant = await createOpenRestaurant();
    const item = await createItem(restaurant.id);
    const [c1, c2] = await createCustomers(2);
    const staff = await createActor("RESTAURANT_STAFF", { restaurantIds: [restaurant.id] });
    const [o1, o2] = [await paidOrder(restaurant.id, item.id, c1!), await paidOrder(restaurant.id, item.id, c2!)];
    const kitchen = await connectAs(staff);
    await follow(kitchen, kitchen.socket.emitWithAck("restaurant:subscribe", { restaurantId: restaurant.id }));
    await expect.poll(() => feedOf(kitchen).length, WAIT).toBe(4);
    const seen = kitchen.live.length;
    const news = () => kitchen.live.slice(seen);

    const slow = await holdTransactionOpen((tx) => transitionOrder(tx, { orderId: o1.id, to: "ACCEPTED", actor: { id: staff.userId, role: staff.role } }));
    await move(o2.id, "ACCEPTED", staff); // a higher seq, committed first
    await sleep(300);
    expect(news()).toEqual([]);
    await slow.commit();
    await expect.poll(() => news().map((e) => e.orderId), WAIT).toEqual([o1.id, o2.id]);
    expect(ascending(kitchen.live)).toBe(true);

    // A rolled-back event leaves a hole for good: later events wait out the grace period only.
    const rolledBack = prisma.$transaction(async (tx) => {
      await transitionOrder(tx, { orderId: o1.id, to: "PREPARING", actor: { id: staff.userId, role: staff.role } });
      throw new Error("changed my mind");
    });
    await expect(rolledBack).rejects.toThrow("changed my mind");
    const committedAt = Date.now();
    await move(o2.id, "PREPARING", staff);
    await expect.poll(() => news().length, WAIT).toBe(3);
    expect(news()[2]).toMatchObject({ orderId: o2.id, toStatus: "PREPARING" });
    expect(Date.now() - committedAt).toBeGreaterThanOrEqual(GRACE_MS / 2);
  });

  it.skipIf(!process.env.REDIS_URL)("with two instances sharing Redis, sends each event to each client once", async () => {
    const [a, b] = [await startServer(process.env.REDIS_URL), await startServer(process.env.REDIS_URL)];
    const restaurant = await createOpenRestaurant();
    const item = await createItem(restaurant.id);
    const [customer] = await createCustomers(1);
    const staff = await createActor("RESTAURANT_STAFF", { restaurantIds: [restaurant.id] });
    const order = await paidOrder(restaurant.id, item.id, customer!);
    const [onA, onB] = [await connectAs(customer!, a), await connectAs(customer!, b)];

    // The instances really share an adapter: a broadcast on A reaches B's socket.
    let crossed = false;
    onB.socket.on("welcome", () => (crossed = true));
    await expect
      .poll(() => {
        a.io.to(userRoom(customer!.userId)).emit("welcome", { userId: customer!.userId, role: "CUSTOMER", serverTime: "" });
        return crossed;
      }, WAIT)
      .toBe(true);

    for (const client of [onA, onB]) await follow(client, client.socket.emitWithAck("order:subscribe", { orderId: order.id }));
    for (const to of ["ACCEPTED", "PREPARING", "READY"] as const) await move(order.id, to, staff);
    await expect.poll(() => [onA, onB].map((c) => c.live.at(-1)?.toStatus), WAIT).toEqual(["READY", "READY"]);
    await sleep(300);
    // A fresh instance may send the first events live rather than in the catch-up (it
    // waits out holes it finds in the log on start), but never twice.
    for (const client of [onA, onB]) {
      expect(new Set(seqs(client.live)).size).toBe(client.live.length);
      expect(feedOf(client).map((e) => e.toStatus)).toEqual(["PLACED", "PAID", "ACCEPTED", "PREPARING", "READY"]);
    }
  });
});
