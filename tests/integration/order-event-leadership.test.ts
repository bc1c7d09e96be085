// One order-event reader for all realtime instances (lib/events/order-event-leadership.ts):
// three instances on one Redis, sockets on each, against real PostgreSQL. Only the instance
// holding the relay lock reads the log; every socket still gets every due event exactly once
// when that leader goes away mid-stream, loses its lock, or has its batches dropped.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { appendOrderEvent, ORDER_EVENTS_CHANNEL } from "@/lib/orders/append-order-event";
import { followersOf } from "@/lib/events/listen-channel";
import { placeOrder } from "@/lib/orders/place-order";
import type { OrderEventMessage } from "@/lib/realtime/events";
import type { RealtimeServer } from "@/server/realtime/create-realtime-server";
import { connectSocket, socketFor, startTestRealtimeServer, type Client } from "../support/realtime";
import { createActor, createCustomers, createItem, createOpenRestaurant } from "../support/fixtures";
import { createTestProvider, TEST_CARDS } from "../support/test-payments";

const WAIT = { timeout: 15_000 };
const redisUrl = process.env.REDIS_URL;
let servers: RealtimeServer[] = [];
let clients: Client[] = [];

afterEach(async () => {
  for (const client of clients) client.disconnect();
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
  clients = [];
});

async function startInstances(count: number, { leaderSilenceMs = 60_000 } = {}) {
  for (let i = 0; i < count; i++) {
    servers.push(await startTestRealtimeServer({ redis: redisUrl, instance: `lead-${i}`, relay: { graceMs: 500, pollMs: 300, lockRetryMs: 200, leaderSilenceMs } }));
  }
  await expect.poll(() => servers.filter((s) => s.leadsOrderEvents()).length, WAIT).toBe(1);
  return servers;
}

/** An order and a kitchen screen on each instance, subscribed; `feed` is what each has, live and caught up. */
async function kitchensOn(instances: RealtimeServer[]) {
  const restaurant = await createOpenRestaurant();
  const item = await createItem(restaurant.id);
  const [customer] = await createCustomers(1);
  const staff = await createActor("RESTAURANT_STAFF", { restaurantIds: [restaurant.id] });
  const input = { restaurantId: restaurant.id, items: [{ itemId: item.id, quantity: 1 }], delivery: { address: "Dam 1", lat: 52.37, lng: 4.89 }, cardNumber: TEST_CARDS.success };
  const { order } = await placeOrder(customer!, input, `key-${randomUUID()}`, createTestProvider().provider);
  return { restaurant, staff, order, kitchens: await Promise.all(instances.map((server) => kitchen(server, staff, restaurant.id))) };
}

async function kitchen(server: RealtimeServer, staff: Actor, restaurantId: string) {
  const socket = await socketFor(server.port, staff);
  clients.push(socket);
  const live: OrderEventMessage[] = [];
  socket.on("order:event", (event) => live.push(event));
  await connectSocket(socket);
  const ack = await socket.emitWithAck("restaurant:subscribe", { restaurantId });
  if (!ack.ok) throw new Error(ack.error);
  return { server, live, caughtUp: ack.events };
}

type Kitchen = Awaited<ReturnType<typeof kitchen>>;
const notesOf = (k: Kitchen) => [...k.caughtUp, ...k.live].filter((e) => e.type === "test.note").map((e) => (e.payload as { i: number }).i);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Notes on the order, committed one by one as order changes are (event row and NOTIFY in one transaction). */
async function writeNotes(orderId: string, restaurantId: string, indexes: number[], everyMs = 0, between?: (i: number) => Promise<void>) {
  for (const i of indexes) {
    await between?.(i);
    await prisma.$transaction((tx) => appendOrderEvent(tx, { orderId, restaurantId, type: "test.note", actor: { id: null, role: "SYSTEM" }, payload: { i } }));
    if (everyMs) await sleep(everyMs);
  }
}

/** Relays reading the log: the instances share this process, so its LISTEN followers of the order event channel. */
const relays = () => followersOf(process.env.DATABASE_URL!, ORDER_EVENTS_CHANNEL);

describe.skipIf(!redisUrl)("one order event reader for all realtime instances", () => {
  it("reads the log in one instance only, and every socket on every instance gets each event once", async () => {
    const instances = await startInstances(3);
    await expect.poll(relays, WAIT).toBe(1);
    const { order, restaurant, kitchens } = await kitchensOn(instances);
    await writeNotes(order.id, restaurant.id, range(30));
    for (const k of kitchens) await expect.poll(() => notesOf(k), WAIT).toEqual(range(30));
    await sleep(500);
    for (const k of kitchens) expect(notesOf(k)).toEqual(range(30));
    expect(relays()).toBe(1);
  });

  it("hands the relay to a standby when the leader closes mid-stream: the survivors' sockets miss nothing, get nothing twice", async () => {
    const instances = await startInstances(3);
    const leader = instances.find((s) => s.leadsOrderEvents())!;
    const { order, restaurant, kitchens } = await kitchensOn(instances);
    await writeNotes(order.id, restaurant.id, range(40), 20, async (i) => {
      if (i === 15) await leader.close();
    });
    servers = servers.filter((s) => s !== leader);
    const survivors = kitchens.filter((k) => k.server !== leader);
    for (const k of survivors) await expect.poll(() => notesOf(k), WAIT).toEqual(range(40));
    expect(servers.filter((s) => s.leadsOrderEvents())).toHaveLength(1);
    await sleep(500);
    for (const k of survivors) expect(notesOf(k)).toEqual(range(40));
  });

  it("survives the leader losing its lock's session (another may lead at once): still each event once everywhere", async () => {
    const instances = await startInstances(3);
    const { order, restaurant, kitchens } = await kitchensOn(instances);
    await writeNotes(order.id, restaurant.id, range(40), 20, async (i) => {
      if (i !== 15) return;
      const killed = await prisma.$queryRaw<unknown[]>`
        SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = 'swifteats-relay-lock' AND pid IN (SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted)`;
      expect(killed).toHaveLength(1);
    });
    for (const k of kitchens) await expect.poll(() => notesOf(k), WAIT).toEqual(range(40));
    await expect.poll(() => servers.filter((s) => s.leadsOrderEvents()).length, WAIT).toBe(1);
    await sleep(500);
    for (const k of kitchens) expect(notesOf(k)).toEqual(range(40));
  });

  it("fills batches lost on the way from the log, noticed by the leader's heartbeat without new events", async () => {
    const instances = await startInstances(3);
    const leader = instances.find((s) => s.leadsOrderEvents())!;
    const { order, restaurant, kitchens } = await kitchensOn(instances);
    await writeNotes(order.id, restaurant.id, range(5));
    for (const k of kitchens) await expect.poll(() => notesOf(k), WAIT).toEqual(range(5));

    // Every batch the leader publishes is lost (as while Redis is away); its own sockets still get them.
    const publish = leader.io.serverSideEmit.bind(leader.io);
    leader.io.serverSideEmit = () => true;
    await writeNotes(order.id, restaurant.id, [5, 6, 7, 8, 9]);
    const onLeader = kitchens.find((k) => k.server === leader)!;
    await expect.poll(() => notesOf(onLeader), WAIT).toEqual(range(10));
    await sleep(1000);
    for (const k of kitchens.filter((k) => k !== onLeader)) expect(notesOf(k)).toEqual(range(5));

    leader.io.serverSideEmit = publish;
    for (const k of kitchens) await expect.poll(() => notesOf(k), WAIT).toEqual(range(10));
    await writeNotes(order.id, restaurant.id, [10, 11]);
    for (const k of kitchens) await expect.poll(() => notesOf(k), WAIT).toEqual(range(12));
    await sleep(500);
    for (const k of kitchens) expect(notesOf(k)).toEqual(range(12));
  });

  it("while no leader is heard from (Redis away), each instance reads the log for its own sockets, and stops once one is", async () => {
    const instances = await startInstances(3, { leaderSilenceMs: 1000 });
    const leader = instances.find((s) => s.leadsOrderEvents())!;
    const { order, restaurant, kitchens } = await kitchensOn(instances);
    const publish = leader.io.serverSideEmit.bind(leader.io);
    leader.io.serverSideEmit = () => true;
    await writeNotes(order.id, restaurant.id, range(10), 100);
    for (const k of kitchens) await expect.poll(() => notesOf(k), WAIT).toEqual(range(10));
    expect(servers.filter((s) => s.leadsOrderEvents())).toHaveLength(3);

    leader.io.serverSideEmit = publish;
    await expect.poll(() => servers.filter((s) => s.leadsOrderEvents()).length, WAIT).toBe(1);
    await expect.poll(relays, WAIT).toBe(1);
    await writeNotes(order.id, restaurant.id, [10, 11]);
    for (const k of kitchens) await expect.poll(() => notesOf(k), WAIT).toEqual(range(12));
    await sleep(500);
    for (const k of kitchens) expect(notesOf(k)).toEqual(range(12));
  });
});
