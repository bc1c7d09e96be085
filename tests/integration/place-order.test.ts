// The money path under real concurrency, against real PostgreSQL.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { placeOrder } from "@/lib/orders/place-order";
import { handlePaymentWebhook } from "@/lib/payments/handle-payment-webhook";
import { jobSelect, toJob } from "@/lib/dispatch/views";
import { statusOf } from "../support/status-of";
import { retryWhenBusy } from "../support/retry-when-busy";
import { createActor, createCustomers, createItem, createOpenRestaurant, createRestaurant } from "../support/fixtures";
import { createTestProvider, TEST_CARDS, WEBHOOK_SECRET } from "../support/test-payments";

const delivery = { address: "Prinsengracht 263, Amsterdam", lat: 52.375, lng: 4.884 };
const order = (restaurantId: string, itemId: string, extra: Record<string, unknown> = {}) => ({
  restaurantId,
  items: [{ itemId, quantity: 1 }],
  delivery,
  cardNumber: TEST_CARDS.success,
  ...extra,
});
const stockOf = async (itemId: string) => (await prisma.inventory.findUniqueOrThrow({ where: { itemId } })).quantity;

describe("placing an order", () => {
  it("prices on the server, reserves stock, pays, and writes the order with its events", async () => {
    const restaurant = await createOpenRestaurant();
    const pizza = await createItem(restaurant.id, { priceCents: 1250, quantity: 10 });
    const [customer] = await createCustomers(1);
    const { provider } = createTestProvider();

    const { order: placed, replayed } = await placeOrder(
      customer!,
      { ...order(restaurant.id, pizza.id), items: [{ itemId: pizza.id, quantity: 2 }], tipCents: 100, priceCents: 1 },
      "key-0000001",
      provider,
    );
    expect(replayed).toBe(false);
    expect(placed).toMatchObject({ status: "PAID", subtotalCents: 2500, tipCents: 100 });
    expect(placed.totalCents).toBe(2500 + placed.deliveryFeeCents + placed.serviceFeeCents + 100);
    expect(placed.deliveryCode).toMatch(/^\d{4}$/);
    expect(await stockOf(pizza.id)).toBe(8);
    const events = await prisma.orderEvent.findMany({ where: { orderId: placed.id }, orderBy: { seq: "asc" } });
    expect(events.map((e) => [e.fromStatus, e.toStatus])).toEqual([
      [null, "PLACED"],
      ["PLACED", "PAID"],
    ]);
    expect(events[0]).toMatchObject({ actorId: customer!.userId, actorRole: "CUSTOMER" });
    expect(await prisma.payment.findMany({ where: { orderId: placed.id } })).toMatchObject([{ status: "SUCCEEDED", amountCents: placed.totalCents }]);
  });

  it("sells exactly the stock to 200 concurrent buyers of 50 units", async () => {
    const restaurant = await createOpenRestaurant();
    const item = await createItem(restaurant.id, { quantity: 50 });
    const customers = await createCustomers(200);
    const { provider } = createTestProvider();

    const results = await Promise.allSettled(
      customers.map((c) => retryWhenBusy(() => placeOrder(c, order(restaurant.id, item.id), `key-${c.userId}`, provider))),
    );
    const ok = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(50);
    expect(refused).toHaveLength(150);
    for (const r of refused) expect(r.reason).toMatchObject({ status: 409, code: "items_unavailable" });
    expect(await stockOf(item.id)).toBe(0);
    expect(await prisma.order.count({ where: { restaurantId: restaurant.id } })).toBe(50);
    expect(await prisma.order.count({ where: { restaurantId: restaurant.id, status: "PAID" } })).toBe(50);
  });

  it("turns 50 concurrent replays of one key into one order and one charge", async () => {
    const restaurant = await createOpenRestaurant();
    const item = await createItem(restaurant.id, { quantity: 100 });
    const [customer] = await createCustomers(1);
    const { provider, charges } = createTestProvider();
    const key = `replay-${randomUUID()}`;

    const results = await Promise.all(Array.from({ length: 50 }, () => retryWhenBusy(() => placeOrder(customer!, order(restaurant.id, item.id), key, provider))));
    expect(new Set(results.map((r) => r.order.id)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(charges).toHaveLength(1);
    expect(await prisma.order.count({ where: { customerId: customer!.userId } })).toBe(1);
    expect(await prisma.payment.count({ where: { orderId: results[0]!.order.id } })).toBe(1);
    expect(await stockOf(item.id)).toBe(99);
  });

  it("refuses 49 of 50 concurrent orders that reuse one key with other carts (422), charging once", async () => {
    const restaurant = await createOpenRestaurant();
    const item = await createItem(restaurant.id, { quantity: 2000 });
    const [customer] = await createCustomers(1);
    const { provider, charges } = createTestProvider();
    const key = `reused-${randomUUID()}`;

    const carts = Array.from({ length: 50 }, (_, i) => order(restaurant.id, item.id, { items: [{ itemId: item.id, quantity: i + 1 }] }));
    const results = await Promise.allSettled(carts.map((cart) => placeOrder(customer!, cart, key, provider)));
    const placed = results.filter((r) => r.status === "fulfilled").map((r) => r.value);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(placed).toHaveLength(1);
    expect(placed[0]!.replayed).toBe(false);
    expect(refused).toHaveLength(49);
    for (const r of refused) expect(r.reason).toMatchObject({ status: 422, code: "idempotency_key_reused" });
    expect(charges).toHaveLength(1);
    const orders = await prisma.order.findMany({ where: { customerId: customer!.userId }, include: { items: true } });
    expect(orders).toHaveLength(1);
    expect(orders[0]!.status).toBe("PAID");
    expect(await stockOf(item.id)).toBe(2000 - orders[0]!.items[0]!.quantity);

    // The winner's own body is still a replay, however its JSON is ordered.
    const winner = carts[orders[0]!.items[0]!.quantity - 1]!;
    const reordered = Object.fromEntries(Object.entries(winner).reverse());
    expect(await placeOrder(customer!, reordered, key, provider)).toMatchObject({ replayed: true, order: { id: orders[0]!.id } });
    // Another card is not another order: the key stays bound to the cart, and nothing is charged again.
    expect(await placeOrder(customer!, { ...winner, cardNumber: TEST_CARDS.declined }, key, provider)).toMatchObject({ replayed: true });
    expect(charges).toHaveLength(1);
  });

  it("releases the stock and fails the order when the card is declined", async () => {
    const restaurant = await createOpenRestaurant();
    const item = await createItem(restaurant.id, { quantity: 5 });
    const [customer] = await createCustomers(1);
    const { provider } = createTestProvider();

    const { order: failed } = await placeOrder(customer!, order(restaurant.id, item.id, { cardNumber: TEST_CARDS.declined }), "key-declined", provider);
    expect(failed).toMatchObject({ status: "PAYMENT_FAILED", failureReason: "Your card was declined" });
    expect(await stockOf(item.id)).toBe(5);
    expect(await prisma.payment.findFirst({ where: { orderId: failed.id } })).toMatchObject({ status: "FAILED" });
  });

  it("fails a payment the provider does not answer in time, and refunds it if it succeeds later", async () => {
    const restaurant = await createOpenRestaurant();
    const item = await createItem(restaurant.id, { quantity: 5 });
    const [customer] = await createCustomers(1);
    const { provider, webhooks, signals } = createTestProvider({ slowMs: 300 });

    const { order: failed } = await placeOrder(customer!, order(restaurant.id, item.id, { cardNumber: TEST_CARDS.slow }), "key-slow-01", provider, {
      paymentTimeoutMs: 100,
    });
    expect(failed.status).toBe("PAYMENT_FAILED");
    expect(failed.failureReason).toMatch(/did not answer in time/);
    // The provider call was cancelled, not just left running.
    expect(signals[0]?.aborted).toBe(true);
    expect(await stockOf(item.id)).toBe(5);

    await expect.poll(() => webhooks.length, { timeout: 3000 }).toBe(1);
    await handlePaymentWebhook(webhooks[0]!.body, webhooks[0]!.signature, WEBHOOK_SECRET, provider);
    expect(await prisma.payment.findFirst({ where: { orderId: failed.id } })).toMatchObject({ status: "REFUNDED" });
    expect((await prisma.order.findUniqueOrThrow({ where: { id: failed.id } })).status).toBe("PAYMENT_FAILED");
  });

  it("fails the order at once, and gives its stock back, when the provider cannot be reached", async () => {
    const restaurant = await createOpenRestaurant();
    const item = await createItem(restaurant.id, { quantity: 5 });
    const [customer] = await createCustomers(1);
    const { provider } = createTestProvider({ unreachable: true });

    const { order: failed } = await placeOrder(customer!, order(restaurant.id, item.id), "key-unreachable", provider);
    expect(failed).toMatchObject({ status: "PAYMENT_FAILED", failureReason: "The payment provider could not be reached" });
    expect(await stockOf(item.id)).toBe(5);
    expect(await prisma.payment.findFirst({ where: { orderId: failed.id } })).toMatchObject({ status: "FAILED" });
  });

  it("confirms an asynchronous payment by signed webhook, once", async () => {
    const restaurant = await createOpenRestaurant();
    const item = await createItem(restaurant.id);
    const [customer] = await createCustomers(1);
    const { provider, webhooks } = createTestProvider();

    const { order: pending } = await placeOrder(customer!, order(restaurant.id, item.id, { cardNumber: TEST_CARDS.asyncSuccess }), "key-async-1", provider);
    expect(pending.status).toBe("PLACED");
    await expect.poll(() => webhooks.length).toBe(1);
    const { body, signature } = webhooks[0]!;

    await expect(handlePaymentWebhook(body, "t=1,v1=forged", WEBHOOK_SECRET, provider)).rejects.toMatchObject({ status: 401 });
    expect((await prisma.order.findUniqueOrThrow({ where: { id: pending.id } })).status).toBe("PLACED");

    await handlePaymentWebhook(body, signature, WEBHOOK_SECRET, provider);
    await handlePaymentWebhook(body, signature, WEBHOOK_SECRET, provider); // redelivery
    expect((await prisma.order.findUniqueOrThrow({ where: { id: pending.id } })).status).toBe("PAID");
    expect(await prisma.orderEvent.count({ where: { orderId: pending.id, toStatus: "PAID" } })).toBe(1);
  });
});

describe("delivery instructions", () => {
  it("are stored on the order and shown in the driver's job, not in the kitchen's note", async () => {
    const restaurant = await createOpenRestaurant();
    const item = await createItem(restaurant.id);
    const [customer] = await createCustomers(1);
    const { provider } = createTestProvider();
    const instructions = "  3rd floor, green door, leave at the door ";
    const { order: placed } = await placeOrder(customer!, order(restaurant.id, item.id, { delivery: { ...delivery, instructions } }), "key-instructions", provider);
    expect(placed).toMatchObject({ deliveryInstructions: "3rd floor, green door, leave at the door", kitchenNote: null });
    const job = toJob(await prisma.order.findUniqueOrThrow({ where: { id: placed.id }, select: jobSelect }));
    expect(job.dropoff).toMatchObject({ address: delivery.address, instructions: "3rd floor, green door, leave at the door" });
  });

  it("longer than 300 characters are refused (400), writing nothing", async () => {
    const restaurant = await createOpenRestaurant();
    const item = await createItem(restaurant.id);
    const [customer] = await createCustomers(1);
    const { provider } = createTestProvider();
    const tooLong = order(restaurant.id, item.id, { delivery: { ...delivery, instructions: "x".repeat(301) } });
    expect(await statusOf(placeOrder(customer!, tooLong, "key-long-instructions", provider))).toBe(400);
    expect(await prisma.order.count({ where: { restaurantId: restaurant.id } })).toBe(0);
  });
});

describe("refusing an order", () => {
  it("at a closed or paused outlet, writing nothing", async () => {
    const closed = await createRestaurant({ name: "No hours" }); // no opening periods at all
    const closedItem = await createItem(closed.id, { quantity: 3 });
    const paused = await createOpenRestaurant({ name: "Paused" });
    await prisma.restaurant.update({ where: { id: paused.id }, data: { declaredStatus: "PAUSED", statusReason: "Oven broke" } });
    const pausedItem = await createItem(paused.id, { quantity: 3 });
    const [customer] = await createCustomers(1);
    const { provider, charges } = createTestProvider();

    await expect(placeOrder(customer!, order(closed.id, closedItem.id), "key-closed-1", provider)).rejects.toMatchObject({ status: 409, code: "restaurant_closed" });
    await expect(placeOrder(customer!, order(paused.id, pausedItem.id), "key-paused-1", provider)).rejects.toMatchObject({ status: 409, code: "restaurant_closed" });
    expect(await prisma.order.count({ where: { customerId: customer!.userId } })).toBe(0);
    expect(await stockOf(closedItem.id)).toBe(3);
    expect(charges).toHaveLength(0);
  });

  it("below the outlet's minimum, saying by how much: the amounts as money and in integer cents", async () => {
    const restaurant = await createOpenRestaurant({ name: "Minimum" });
    await prisma.restaurant.update({ where: { id: restaurant.id }, data: { minOrderCents: 1500 } });
    const item = await createItem(restaurant.id, { priceCents: 450, quantity: 3 });
    const [customer] = await createCustomers(1);
    const { provider, charges } = createTestProvider();

    await expect(placeOrder(customer!, order(restaurant.id, item.id), "key-minimum-1", provider)).rejects.toMatchObject({
      status: 409,
      code: "below_minimum",
      message: "The food comes to €4.50, below this restaurant's minimum of €15.00 for delivery",
      details: { minOrderCents: 1500, subtotalCents: 450 },
    });
    expect(await prisma.order.count({ where: { customerId: customer!.userId } })).toBe(0);
    expect(await stockOf(item.id)).toBe(3);
    expect(charges).toHaveLength(0);
  });

  it("with bad input (400) or the wrong role (403), writing nothing", async () => {
    const restaurant = await createOpenRestaurant();
    const item = await createItem(restaurant.id, { quantity: 3 });
    const other = await createOpenRestaurant({ name: "Elsewhere" });
    const foreignItem = await createItem(other.id);
    const [customer] = await createCustomers(1);
    const { provider } = createTestProvider();

    const bad = [
      [order(restaurant.id, item.id, { items: [{ itemId: item.id, quantity: 0 }] }), "key-bad-0001"],
      [order(restaurant.id, item.id, { cardNumber: "4242424242424241" }), "key-bad-0002"],
      [order(restaurant.id, item.id, { delivery: { ...delivery, lat: 123 } }), "key-bad-0003"],
      [order(restaurant.id, foreignItem.id), "key-bad-0004"],
      [order(restaurant.id, item.id), null],
      [order(restaurant.id, item.id), "bad key with spaces"],
    ] as const;
    for (const [input, key] of bad) expect(await statusOf(placeOrder(customer!, input, key, provider)), String(key)).toBe(400);
    await expect(placeOrder(customer!, order(restaurant.id, item.id, { items: [{ itemId: item.id, quantity: 4 }] }), "key-too-many", provider)).rejects.toMatchObject({
      status: 409,
      details: [{ itemId: item.id, available: 3 }],
    });

    const staff = await createActor("RESTAURANT_STAFF", { restaurantIds: [restaurant.id] });
    await expect(placeOrder(staff, order(restaurant.id, item.id), "key-staff-01", provider)).rejects.toMatchObject({ status: 403 });
    expect(await prisma.order.count({ where: { restaurantId: restaurant.id } })).toBe(0);
    expect(await stockOf(item.id)).toBe(3);
  });
});

describe("cancelling", () => {
  it("refunds a paid order, gives the stock back, and is refused once the kitchen accepted", async () => {
    const { cancelOrder } = await import("@/lib/orders/cancel-order");
    const restaurant = await createOpenRestaurant();
    const item = await createItem(restaurant.id, { quantity: 4 });
    const [customer, stranger] = await createCustomers(2);
    const { provider } = createTestProvider();
    const { order: paid } = await placeOrder(customer!, order(restaurant.id, item.id), "key-cancel-1", provider);
    expect(await stockOf(item.id)).toBe(3);

    expect(await statusOf(cancelOrder(stranger!, paid.id, provider))).toBe(404);
    await cancelOrder(customer!, paid.id, provider);
    expect(await prisma.order.findUniqueOrThrow({ where: { id: paid.id } })).toMatchObject({ status: "CANCELLED" });
    expect(await prisma.payment.findFirst({ where: { orderId: paid.id } })).toMatchObject({ status: "REFUNDED", refundedCents: paid.totalCents });
    expect(await stockOf(item.id)).toBe(4);
    expect(await statusOf(cancelOrder(customer!, paid.id, provider))).toBe(409);

    const { order: accepted } = await placeOrder(customer!, order(restaurant.id, item.id), "key-cancel-2", provider);
    await prisma.order.update({ where: { id: accepted.id }, data: { status: "ACCEPTED" } });
    expect(await statusOf(cancelOrder(customer!, accepted.id, provider))).toBe(409);
  });
});

describe("expiring unconfirmed payments", () => {
  it("fails an order whose payment was never confirmed and gives its stock back, once", async () => {
    const { expirePendingPayments } = await import("@/lib/payments/expire-pending-payments");
    const restaurant = await createOpenRestaurant();
    const item = await createItem(restaurant.id, { quantity: 2 });
    const [customer] = await createCustomers(1);
    const { provider } = createTestProvider({ asyncDelayMs: 60_000 });
    const { order: pending } = await placeOrder(customer!, order(restaurant.id, item.id, { cardNumber: TEST_CARDS.asyncSuccess }), "key-expire-1", provider);
    expect(pending.status).toBe("PLACED");
    expect(await stockOf(item.id)).toBe(1);

    expect(await expirePendingPayments(provider, new Date())).toBe(0); // not old enough yet
    const later = new Date(Date.now() + 16 * 60_000);
    expect(await expirePendingPayments(provider, later)).toBeGreaterThanOrEqual(1);
    expect(await prisma.order.findUniqueOrThrow({ where: { id: pending.id } })).toMatchObject({
      status: "PAYMENT_FAILED",
      failureReason: "The payment was not confirmed in time",
    });
    expect(await stockOf(item.id)).toBe(2);
    await expirePendingPayments(provider, later);
    expect(await stockOf(item.id)).toBe(2);
  });
});

describe("retrying refunds", () => {
  it("refunds captured payments of orders that ended unserved, and keeps trying while the provider fails", async () => {
    const { retryOwedRefunds } = await import("@/lib/payments/retry-owed-refunds");
    const restaurant = await createOpenRestaurant();
    const item = await createItem(restaurant.id);
    const [customer] = await createCustomers(1);
    const { provider } = createTestProvider();
    const { order: paid } = await placeOrder(customer!, order(restaurant.id, item.id), "key-refund-1", provider);
    // As if the kitchen rejected it and the inline refund never reached the provider.
    await prisma.order.update({ where: { id: paid.id }, data: { status: "REJECTED" } });
    const later = new Date(Date.now() + 2 * 60_000);

    const down = { ...provider, refund: async () => Promise.reject(new Error("provider down")) };
    expect(await retryOwedRefunds(down, later)).toBe(0);
    expect(await prisma.payment.findFirst({ where: { orderId: paid.id } })).toMatchObject({ status: "SUCCEEDED" });

    expect(await retryOwedRefunds(provider, later)).toBeGreaterThanOrEqual(1);
    expect(await prisma.payment.findFirst({ where: { orderId: paid.id } })).toMatchObject({ status: "REFUNDED", refundedCents: paid.totalCents });
    expect(await retryOwedRefunds(provider, later)).toBe(0);
  });
});
