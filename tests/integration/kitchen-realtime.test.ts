// The kitchen screen's socket, through the real realtime server started in-process: its
// heartbeat, and catching up on every order placed while it was offline.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import type { OrderEventMessage } from "@/lib/realtime/events";
import { placeOrder } from "@/lib/orders/place-order";
import { acceptOrder } from "@/lib/kitchen/accept-order";
import { listKitchenOrders } from "@/lib/kitchen/list-kitchen-orders";
import { appendOrderEvent } from "@/lib/orders/append-order-event";
import type { RealtimeServer } from "@/server/realtime/create-realtime-server";
import { connectSocket, socketFor as sessionSocket, startTestRealtimeServer, type Client } from "../support/realtime";
import { createActor, createCustomers, createDiningTable, createItem, createOpenRestaurant, createTableOrder } from "../support/fixtures";
import { createTestProvider, TEST_CARDS } from "../support/test-payments";
import { holdTransactionOpen } from "../support/held-transaction";


const WAIT = { timeout: 5000 };
const clients: Client[] = [];
let server: Promise<RealtimeServer> | undefined;
const realtime = () =>
  (server ??= startTestRealtimeServer({
    instance: "kitchen-test",
    relay: { graceMs: 500, pollMs: 500 },
  }));

afterAll(async () => {
  for (const client of clients) client.disconnect();
  await (await server)?.close();
});

/** A socket signed in as `actor` with the session cookie the web app sets; not connected yet. */
async function socketFor(actor: Actor): Promise<Client> {
  const socket = await sessionSocket((await realtime()).port, actor, { autoConnect: false });
  clients.push(socket);
  return socket;
}

const connect = connectSocket;

async function outlet() {
  const restaurant = await createOpenRestaurant();
  const item = await createItem(restaurant.id);
  const staff = await createActor("RESTAURANT_STAFF", { restaurantIds: [restaurant.id] });
  return { restaurant, item, staff };
}

async function paidOrder(restaurantId: string, itemId: string) {
  const [customer] = await createCustomers(1);
  const input = { restaurantId, items: [{ itemId, quantity: 1 }], delivery: { address: "Dam 1", lat: 52.37, lng: 4.89 }, cardNumber: TEST_CARDS.success };
  return (await placeOrder(customer!, input, `key-${randomUUID()}`, createTestProvider().provider)).order;
}

describe("kitchen heartbeat over the socket", () => {
  it("records the outlet's heartbeat for its staff, throttled, and refuses anyone else", async () => {
    const { restaurant, staff } = await outlet();
    const other = await outlet();
    const kitchen = await socketFor(staff);
    await connect(kitchen);

    const beforeBeat = Date.now();
    expect(await kitchen.emitWithAck("kitchen:heartbeat", { restaurantId: restaurant.id })).toEqual({ ok: true, recorded: true });
    const { lastHeartbeatAt } = await prisma.restaurant.findUniqueOrThrow({ where: { id: restaurant.id } });
    // This beat's time (the database's clock, on this machine: a millisecond of rounding allowed), however slowly it was answered.
    expect(lastHeartbeatAt!.getTime()).toBeGreaterThanOrEqual(beforeBeat - 1);
    // A second screen (or a second beat) moments later is answered without another write.
    expect(await kitchen.emitWithAck("kitchen:heartbeat", { restaurantId: restaurant.id })).toEqual({ ok: true, recorded: false });
    expect((await prisma.restaurant.findUniqueOrThrow({ where: { id: restaurant.id } })).lastHeartbeatAt).toEqual(lastHeartbeatAt);

    expect(await kitchen.emitWithAck("kitchen:heartbeat", { restaurantId: other.restaurant.id })).toMatchObject({ ok: false, code: "forbidden" });
    for (const input of [null, {}, { restaurantId: "nope" }, "x"]) {
      expect(await kitchen.emitWithAck("kitchen:heartbeat", input as never), JSON.stringify(input)).toMatchObject({ ok: false, code: "invalid_request" });
    }
    const customer = await socketFor((await createCustomers(1))[0]!);
    await connect(customer);
    expect(await customer.emitWithAck("kitchen:heartbeat", { restaurantId: restaurant.id })).toMatchObject({ ok: false, code: "forbidden" });
    // Without an ack function: nothing to answer, nothing to crash.
    (kitchen.emit as (event: string, ...args: unknown[]) => void)("kitchen:heartbeat", { restaurantId: other.restaurant.id });
    expect(await kitchen.emitWithAck("ping")).toHaveProperty("serverTime");
    expect((await prisma.restaurant.findUniqueOrThrow({ where: { id: other.restaurant.id } })).lastHeartbeatAt).toBeNull();
  });
});

describe("a kitchen screen that loses its connection", () => {
  it("gets every order placed while it was offline once it reconnects and re-subscribes after its cursor", async () => {
    const { restaurant, item, staff } = await outlet();
    const before = await paidOrder(restaurant.id, item.id);
    // What the screen rendered, and where its feed starts.
    const queue = await listKitchenOrders(staff, restaurant.id);
    expect(queue.orders.map((o) => o.id)).toEqual([before.id]);

    const kitchen = await socketFor(staff);
    const seen = new Map<string, OrderEventMessage>();
    let cursor = queue.cursor;
    const take = (events: OrderEventMessage[]) => {
      for (const event of events) {
        seen.set(event.seq, event);
        if (BigInt(event.seq) > BigInt(cursor)) cursor = event.seq;
      }
    };
    kitchen.on("order:event", (event) => take([event]));
    // What the screen's hook does on every (re)connect: subscribe after the highest seq it has.
    const subscribe = async () => {
      for (;;) {
        const ack = await kitchen.emitWithAck("restaurant:subscribe", { restaurantId: restaurant.id, afterSeq: cursor });
        if (!ack.ok) throw new Error(ack.error);
        take(ack.events);
        if (!ack.hasMore) return;
      }
    };
    await connect(kitchen);
    await subscribe();

    const live = await paidOrder(restaurant.id, item.id);
    const statusesOf = (orderId: string) => [...seen.values()].filter((e) => e.orderId === orderId).map((e) => e.toStatus);
    await expect.poll(() => statusesOf(live.id), WAIT).toEqual(["PLACED", "PAID"]);

    kitchen.disconnect();
    const missed = [await paidOrder(restaurant.id, item.id), await paidOrder(restaurant.id, item.id), await paidOrder(restaurant.id, item.id)];
    const dineIn = await createTableOrder(await createDiningTable(restaurant.id), item.id);
    await acceptOrder(staff, live.id, { prepMinutes: 10 });
    expect([...seen.values()].some((e) => missed.some((o) => o.id === e.orderId))).toBe(false);

    await connect(kitchen);
    await subscribe();
    // The catch-up answers up to what this instance's relay has settled; what committed above
    // that (the acceptance, last) follows live: wait for the whole picture, not the first part.
    const caughtUp = () => ({ missed: missed.map((o) => statusesOf(o.id)), dineIn: statusesOf(dineIn.id), live: statusesOf(live.id) });
    await expect.poll(caughtUp, WAIT).toEqual({ missed: missed.map(() => ["PLACED", "PAID"]), dineIn: ["PLACED"], live: ["PLACED", "PAID", "ACCEPTED"] });
    expect(statusesOf(before.id)).toEqual([]); // before the screen's cursor: it came with the list

    // The screen refetches its queue after the catch-up: every order is on it.
    const after = await listKitchenOrders(staff, restaurant.id);
    expect(after.orders.map((o) => o.id).sort()).toEqual([before.id, live.id, ...missed.map((o) => o.id), dineIn.id].sort());
    expect(BigInt(after.cursor)).toBe(BigInt(cursor));
  });
});

describe("kitchen screen catch-up from its queue's cursor", () => {
  it("gets an event numbered below the queue's cursor that committed after the queue was read", async () => {
    const { restaurant, item, staff } = await outlet();
    const table = await createDiningTable(restaurant.id);
    const [slowOrder, fastOrder] = [await createTableOrder(table, item.id), await createTableOrder(table, item.id)];
    await realtime();

    // A transaction takes the lower seq and stays open; another takes a higher one and commits.
    const slow = await holdTransactionOpen((tx) =>
      appendOrderEvent(tx, { orderId: slowOrder.id, restaurantId: restaurant.id, type: "order.note", actor: { id: null, role: "SYSTEM" } }),
    );
    await prisma.$transaction((tx) =>
      appendOrderEvent(tx, { orderId: fastOrder.id, restaurantId: restaurant.id, type: "order.note", actor: { id: null, role: "SYSTEM" } }),
    );

    // The kitchen page reads its queue now: its cursor is past the slow event, which it cannot see.
    const queue = await listKitchenOrders(staff, restaurant.id);
    await slow.commit();
    const slowSeq = (await prisma.orderEvent.findFirstOrThrow({ where: { orderId: slowOrder.id, type: "order.note" } })).seq;
    expect(slowSeq).toBeLessThan(BigInt(queue.cursor));

    const kitchen = await socketFor(staff);
    await connect(kitchen);
    // Once the relay has settled past both (the catch-up reads only what it has settled).
    await expect
      .poll(async () => {
        const ack = await kitchen.emitWithAck("restaurant:subscribe", { restaurantId: restaurant.id, afterSeq: queue.cursor, horizon: queue.horizon });
        return ack.ok ? ack.events.map((e) => e.orderId) : ack.error;
      }, WAIT)
      .toContain(slowOrder.id);
    // A seq cursor alone skips it for good: that is the miss the horizon closes.
    const bySeqOnly = await kitchen.emitWithAck("restaurant:subscribe", { restaurantId: restaurant.id, afterSeq: queue.cursor });
    expect(bySeqOnly.ok && bySeqOnly.events.map((e) => e.orderId)).not.toContain(slowOrder.id);
  });
});
