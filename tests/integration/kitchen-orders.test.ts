// The kitchen's order actions and queue on real rows: scope, the status machine per channel,
// racing staff, and what a rejection gives back (stock, money).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { getMenu } from "@/lib/catalog/get-menu";
import { placeOrder } from "@/lib/orders/place-order";
import { acceptOrder } from "@/lib/kitchen/accept-order";
import { rejectOrder } from "@/lib/kitchen/reject-order";
import { markOrderPreparing } from "@/lib/kitchen/mark-order-preparing";
import { markOrderReady } from "@/lib/kitchen/mark-order-ready";
import { markOrderServed } from "@/lib/kitchen/mark-order-served";
import { listKitchenOrders } from "@/lib/kitchen/list-kitchen-orders";
import { updateOrderStatus } from "@/lib/kitchen/update-order-status";
import { recordKitchenHeartbeat } from "@/lib/kitchen/record-kitchen-heartbeat";
import { statusOf } from "../support/status-of";
import { createActor, createCustomers, createDiningTable, createItem, createOpenRestaurant, createTableOrder } from "../support/fixtures";
import { createTestProvider, TEST_CARDS } from "../support/test-payments";

const { provider } = createTestProvider();

async function outlet(stock = 20) {
  const restaurant = await createOpenRestaurant();
  const item = await createItem(restaurant.id, { name: "Margherita", quantity: stock });
  const staff = await createActor("RESTAURANT_STAFF", { restaurantIds: [restaurant.id] });
  return { restaurant, item, staff };
}

async function webOrder(restaurantId: string, itemId: string, { quantity = 1, card = TEST_CARDS.success, customer }: { quantity?: number; card?: string; customer?: Actor } = {}) {
  const buyer = customer ?? (await createCustomers(1))[0]!;
  const input = { restaurantId, items: [{ itemId, quantity }], delivery: { address: "Dam 1", lat: 52.37, lng: 4.89 }, cardNumber: card };
  const { order } = await placeOrder(buyer, input, `key-${randomUUID()}`, provider);
  return order;
}

const stockOf = async (itemId: string) => (await prisma.inventory.findUniqueOrThrow({ where: { itemId } })).quantity;
const statusNow = async (orderId: string) => (await prisma.order.findUniqueOrThrow({ where: { id: orderId } })).status;

describe("kitchen order actions", () => {
  it("accept with a prep time, then preparing and ready, each an event by the staff member", async () => {
    const { restaurant, item, staff } = await outlet();
    const order = await webOrder(restaurant.id, item.id);
    const now = new Date("2030-01-01T12:00:00Z");

    const accepted = await acceptOrder(staff, order.id, { prepMinutes: 15 }, now);
    expect(accepted).toMatchObject({ id: order.id, status: "ACCEPTED", prepMinutes: 15, readyAt: "2030-01-01T12:15:00.000Z" });
    expect(await markOrderPreparing(staff, order.id)).toMatchObject({ status: "PREPARING" });
    expect(await markOrderReady(staff, order.id)).toMatchObject({ status: "READY" });

    const events = await prisma.orderEvent.findMany({ where: { orderId: order.id }, orderBy: { seq: "asc" } });
    expect(events.map((e) => e.toStatus)).toEqual(["PLACED", "PAID", "ACCEPTED", "PREPARING", "READY"]);
    expect(events[2]).toMatchObject({ actorId: staff.userId, actorRole: "RESTAURANT_STAFF", payload: { prepMinutes: 15 } });
    // A delivery is finished by its driver, not served by staff.
    await expect(markOrderServed(staff, order.id)).rejects.toMatchObject({ status: 409, code: "illegal_transition" });
  });

  it("refuse staff of another outlet (403) through every function, and change nothing", async () => {
    const a = await outlet();
    const b = await outlet();
    const order = await webOrder(b.restaurant.id, b.item.id);
    const customer = (await createCustomers(1))[0]!;
    const driver = await createActor("DRIVER");
    const chainAdmin = await createActor("CHAIN_ADMIN");

    for (const actor of [a.staff, customer, driver, chainAdmin]) {
      const calls: [string, () => Promise<unknown>][] = [
        ["list", () => listKitchenOrders(actor, b.restaurant.id)],
        ["accept", () => acceptOrder(actor, order.id, { prepMinutes: 10 })],
        ["reject", () => rejectOrder(actor, order.id, { reason: "Too busy right now" }, provider)],
        ["preparing", () => markOrderPreparing(actor, order.id)],
        ["ready", () => markOrderReady(actor, order.id)],
        ["served", () => markOrderServed(actor, order.id)],
        ["update", () => updateOrderStatus(actor, order.id, { status: "ACCEPTED", prep_minutes: 10 }, provider)],
        ["heartbeat", () => recordKitchenHeartbeat(actor, b.restaurant.id)],
        // An order or outlet that does not exist answers the same, so ids cannot be probed.
        ["unknown order", () => acceptOrder(actor, randomUUID(), { prepMinutes: 10 })],
        ["unknown outlet", () => listKitchenOrders(actor, randomUUID())],
      ];
      for (const [name, call] of calls) expect(await statusOf(call()), `${actor.role} ${name}`).toBe(403);
    }
    expect(await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "PAID", version: order.version });
    expect(await prisma.payment.findFirst({ where: { orderId: order.id } })).toMatchObject({ status: "SUCCEEDED" });
    expect(await prisma.restaurant.findUniqueOrThrow({ where: { id: b.restaurant.id } })).toMatchObject({ lastHeartbeatAt: null });

    // …while a platform admin may act for any kitchen.
    const platform = await createActor("PLATFORM_ADMIN");
    expect(await statusOf(acceptOrder(platform, randomUUID(), { prepMinutes: 10 }))).toBe(404);
    expect(await acceptOrder(platform, order.id, { prepMinutes: 10 })).toMatchObject({ status: "ACCEPTED" });
  });

  it("reject: refunds the payment, gives the stock back to the menu, and keeps the reason", async () => {
    const { restaurant, item, staff } = await outlet(5);
    const order = await webOrder(restaurant.id, item.id, { quantity: 2 });
    expect(await stockOf(item.id)).toBe(3);
    const shown = async () => (await getMenu(restaurant.id)).categories.flatMap((c) => c.items).find((i) => i.id === item.id)?.remaining;
    expect(await shown()).toBe(3); // and now cached

    const rejected = await rejectOrder(staff, order.id, { reason: "  Oven is broken  " }, provider);
    expect(rejected).toMatchObject({ status: "REJECTED", failureReason: "Oven is broken" });
    expect(await stockOf(item.id)).toBe(5);
    expect(await shown()).toBe(5);
    const payment = await prisma.payment.findFirstOrThrow({ where: { orderId: order.id } });
    expect(payment).toMatchObject({ status: "REFUNDED", refundedCents: order.totalCents });
    const event = await prisma.orderEvent.findFirstOrThrow({ where: { orderId: order.id, toStatus: "REJECTED" } });
    expect(event).toMatchObject({ fromStatus: "PAID", actorId: staff.userId, payload: { reason: "Oven is broken" } });
  });

  it("concurrent accepts and rejects of one order: exactly one wins, and the loser changes nothing", async () => {
    const { restaurant, item, staff } = await outlet(10);
    const other = await createActor("RESTAURANT_STAFF", { restaurantIds: [restaurant.id] });
    const order = await webOrder(restaurant.id, item.id, { quantity: 2 });

    const racers = Array.from({ length: 10 }, (_, i) =>
      i % 2 ? acceptOrder(staff, order.id, { prepMinutes: 20 }) : rejectOrder(other, order.id, { reason: "Too busy right now" }, provider),
    );
    const results = await Promise.allSettled(racers);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ status: 409 });

    const final = await statusNow(order.id);
    expect(await prisma.orderEvent.count({ where: { orderId: order.id, fromStatus: "PAID" } })).toBe(1);
    const payment = await prisma.payment.findFirstOrThrow({ where: { orderId: order.id } });
    if (final === "REJECTED") {
      expect(await stockOf(item.id)).toBe(10);
      expect(payment.status).toBe("REFUNDED");
    } else {
      expect(final).toBe("ACCEPTED");
      expect(await stockOf(item.id)).toBe(8);
      expect(payment.status).toBe("SUCCEEDED");
    }
  });

  it("a web order waits for its payment; a table order is taken from PLACED and served at the table", async () => {
    const { restaurant, item, staff } = await outlet(10);
    const unpaid = await webOrder(restaurant.id, item.id, { card: TEST_CARDS.asyncSuccess });
    expect(unpaid.status).toBe("PLACED");
    await expect(acceptOrder(staff, unpaid.id, { prepMinutes: 10 })).rejects.toMatchObject({ status: 409, code: "illegal_transition" });
    await expect(rejectOrder(staff, unpaid.id, { reason: "Too busy right now" }, provider)).rejects.toMatchObject({ status: 409 });
    expect(await statusNow(unpaid.id)).toBe("PLACED");

    const table = await createDiningTable(restaurant.id, "T7");
    const dineIn = await createTableOrder(table, item.id, 3);
    expect(dineIn.status).toBe("PLACED");
    expect(await acceptOrder(staff, dineIn.id, { prepMinutes: 10 })).toMatchObject({ status: "ACCEPTED", tableNumber: "T7", customerName: null });
    await markOrderPreparing(staff, dineIn.id);
    await markOrderReady(staff, dineIn.id);
    expect(await markOrderServed(staff, dineIn.id)).toMatchObject({ status: "DELIVERED" });

    // A rejected table order gives its stock back and has nothing to refund.
    const second = await createTableOrder(table, item.id, 2);
    expect(await stockOf(item.id)).toBe(10 - 1 - 3 - 2);
    expect(await rejectOrder(staff, second.id, { reason: "An item is sold out" }, provider)).toMatchObject({ status: "REJECTED" });
    expect(await stockOf(item.id)).toBe(10 - 1 - 3);
  });

  it("refuse illegal moves with 409, through the device API as well", async () => {
    const { restaurant, item, staff } = await outlet();
    const order = await webOrder(restaurant.id, item.id);
    const cases = [
      { status: "READY" },
      { status: "PREPARING" },
      { status: "DELIVERED" },
    ];
    for (const body of cases) expect(await statusOf(updateOrderStatus(staff, order.id, body, provider)), body.status).toBe(409);
    await updateOrderStatus(staff, order.id, { status: "ACCEPTED", prep_minutes: 15 }, provider);
    expect(await statusOf(updateOrderStatus(staff, order.id, { status: "ACCEPTED", prep_minutes: 15 }, provider))).toBe(409);
    expect(await statusOf(updateOrderStatus(staff, order.id, { status: "REJECTED", reason: "Too late now" }, provider))).toBe(409);
    expect(await statusOf(updateOrderStatus(staff, order.id, { status: "PREPARING" }, provider))).toBe(200);
    expect(await statusNow(order.id)).toBe("PREPARING");
  });

  it("answer bad input with 400 and write nothing", async () => {
    const { restaurant, item, staff } = await outlet();
    const order = await webOrder(restaurant.id, item.id);
    const bodies: unknown[] = [
      null,
      "ACCEPTED",
      {},
      { status: "PAID" },
      { status: "accepted", prep_minutes: 10 },
      { status: "ACCEPTED" },
      { status: "ACCEPTED", prep_minutes: 0 },
      { status: "ACCEPTED", prep_minutes: 12.5 },
      { status: "ACCEPTED", prep_minutes: "15" },
      { status: "ACCEPTED", prep_minutes: 1000 },
      { status: "REJECTED" },
      { status: "REJECTED", reason: "  " },
      { status: "REJECTED", reason: "x".repeat(301) },
    ];
    for (const body of bodies) expect(await statusOf(updateOrderStatus(staff, order.id, body, provider)), JSON.stringify(body)).toBe(400);
    expect(await statusOf(acceptOrder(staff, order.id, { prepMinutes: -5 }))).toBe(400);
    expect(await statusOf(rejectOrder(staff, order.id, { reason: "" }, provider))).toBe(400);
    expect(await statusOf(markOrderReady(staff, "not-a-uuid"))).toBe(400);
    for (const query of [{ status: "" }, { status: "COOKING" }, { status: "PAID,,READY" }]) {
      expect(await statusOf(listKitchenOrders(staff, restaurant.id, query)), JSON.stringify(query)).toBe(400);
    }
    expect(await statusOf(listKitchenOrders(staff, "nope"))).toBe(400);
    expect(await statusOf(recordKitchenHeartbeat(staff, "nope"))).toBe(400);
    expect(await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "PAID", version: order.version });
  });
});

describe("the kitchen queue", () => {
  it("lists active orders oldest first with what to cook and for whom, then recent finished ones", async () => {
    const { restaurant, item, staff } = await outlet();
    const [anna] = await createCustomers(1);
    await prisma.user.update({ where: { id: anna!.userId }, data: { name: "Anna van Dijk" } });
    const first = await webOrder(restaurant.id, item.id, { customer: anna, quantity: 2 });
    const unpaid = await webOrder(restaurant.id, item.id, { card: TEST_CARDS.asyncSuccess });
    const table = await createDiningTable(restaurant.id, "T3");
    const dineIn = await createTableOrder(table, item.id);
    const done = await webOrder(restaurant.id, item.id);
    await rejectOrder(staff, done.id, { reason: "Too busy right now" }, provider);
    const lastSeq = (await prisma.orderEvent.findFirstOrThrow({ where: { restaurantId: restaurant.id }, orderBy: { seq: "desc" } })).seq;

    const queue = await listKitchenOrders(staff, restaurant.id);
    expect(queue.cursor).toBe(lastSeq.toString());
    expect(queue.orders.map((o) => [o.id, o.status])).toEqual([
      [first.id, "PAID"],
      [dineIn.id, "PLACED"],
      [done.id, "REJECTED"],
    ]);
    expect(queue.orders.map((o) => o.id)).not.toContain(unpaid.id);
    expect(queue.orders[0]).toMatchObject({
      channel: "WEB",
      customerName: "Anna",
      tableNumber: null,
      items: [{ itemId: item.id, name: "Margherita", quantity: 2, notes: null }],
      placedAt: expect.stringMatching(/Z$/),
    });
    expect(queue.orders[1]).toMatchObject({ channel: "TABLE", tableNumber: "T3" });

    const filtered = await listKitchenOrders(staff, restaurant.id, { status: "placed, REJECTED" });
    expect(filtered.orders.map((o) => o.id)).toEqual([dineIn.id, done.id]);
    const later = await listKitchenOrders(staff, restaurant.id, {}, new Date(Date.now() + 4 * 60 * 60 * 1000));
    expect(later.orders.map((o) => o.id)).toEqual([first.id, dineIn.id]);
  });
});

describe("kitchen heartbeat", () => {
  it("records that the outlet's screen is open, at most once per 10 s, for its own staff only", async () => {
    const { restaurant, staff } = await outlet();
    const t0 = new Date();
    expect(await recordKitchenHeartbeat(staff, restaurant.id, t0)).toEqual({ recorded: true });
    expect((await prisma.restaurant.findUniqueOrThrow({ where: { id: restaurant.id } })).lastHeartbeatAt).toEqual(t0);
    expect(await recordKitchenHeartbeat(staff, restaurant.id, new Date(t0.getTime() + 5_000))).toEqual({ recorded: false });
    const t1 = new Date(t0.getTime() + 10_000);
    expect(await recordKitchenHeartbeat(staff, restaurant.id, t1)).toEqual({ recorded: true });
    expect((await prisma.restaurant.findUniqueOrThrow({ where: { id: restaurant.id } })).lastHeartbeatAt).toEqual(t1);

    // An admin looking at a kitchen screen is not the kitchen.
    expect(await statusOf(recordKitchenHeartbeat(await createActor("PLATFORM_ADMIN"), restaurant.id))).toBe(403);
  });
});
