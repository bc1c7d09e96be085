// Menu options on the money path (issue 14), against real PostgreSQL: choices priced and
// snapshotted by the server, every refusal with its status and message and nothing written,
// option stock sold exactly once under concurrency, and an 86 that no order slips past.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { errorResponse } from "@/lib/api/errors";
import { placeOrder } from "@/lib/orders/place-order";
import { getCustomerOrder } from "@/lib/orders/get-customer-order";
import { listCustomerOrders } from "@/lib/orders/list-customer-orders";
import { listKitchenOrders } from "@/lib/kitchen/list-kitchen-orders";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { rejectOrder } from "@/lib/kitchen/reject-order";
import { holdTransactionOpen } from "../support/held-transaction";
import { retryWhenBusy } from "../support/retry-when-busy";
import { createActor, createCustomers, createItem, createOpenRestaurant } from "../support/fixtures";
import { createOptionGroup, type OptionFixture } from "../support/option-groups";
import { createTestProvider, TEST_CARDS } from "../support/test-payments";

const delivery = { address: "Prinsengracht 263, Amsterdam", lat: 52.375, lng: 4.884 };
type Choice = { groupId: string; optionIds: string[] };
type Line = { itemId: string; quantity: number; notes?: string; options?: Choice[] };

const request = (restaurantId: string, items: Line[], extra: Record<string, unknown> = {}) => ({
  restaurantId,
  items,
  delivery,
  cardNumber: TEST_CARDS.success,
  ...extra,
});

/** A pizzeria: Margherita (€10.00, vegetarian, gluten + milk) with a required size and up to 3 extras. */
async function pizzeria({ extras = [] as OptionFixture[], itemQuantity = null as number | null } = {}) {
  const restaurant = await createOpenRestaurant({ name: "Pizzeria" });
  const pizza = await createItem(restaurant.id, { name: "Margherita", priceCents: 1000, quantity: itemQuantity });
  await prisma.foodItem.update({ where: { id: pizza.id }, data: { tags: ["vegetarian"], allergens: ["gluten", "milk"], mayContain: ["eggs"] } });
  const size = await createOptionGroup(restaurant.id, {
    name: "Size",
    minSelect: 1,
    maxSelect: 1,
    itemIds: [pizza.id],
    options: [
      { name: "Small 25 cm", priceDeltaCents: -200 },
      { name: "Medium 30 cm", priceDeltaCents: 0 },
      { name: "Large 35 cm", priceDeltaCents: 300 },
    ],
  });
  const toppings = await createOptionGroup(restaurant.id, {
    name: "Extras",
    minSelect: 0,
    maxSelect: 3,
    itemIds: [pizza.id],
    options: [
      { name: "Extra mozzarella", priceDeltaCents: 150, allergens: ["milk"] },
      { name: "Bacon", priceDeltaCents: 200, voidsDiet: ["vegetarian"] },
      { name: "Pesto", priceDeltaCents: 100, allergens: ["nuts"], mayContain: ["peanuts"] },
      { name: "Olives", priceDeltaCents: 50 },
      ...extras,
    ],
  });
  const medium = { groupId: size.id, optionIds: [size.option("Medium 30 cm").id] };
  return { restaurant, pizza, size, toppings, medium };
}

const optionRow = (optionId: string) => prisma.menuOption.findUniqueOrThrow({ where: { id: optionId } });
/** Orders of the outlet whose lines hold the option, read from the snapshot. */
const ordersWithOption = async (optionId: string) =>
  (await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM order_items WHERE options @> ${JSON.stringify([{ optionId }])}::jsonb`)[0]!.n;

/** The route's answer to a domain call: status and JSON body (201 and null when it succeeds). */
async function answer(call: Promise<unknown>) {
  try {
    await call;
    return { status: 201, body: null };
  } catch (error) {
    const res = errorResponse(error);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }
}

describe("ordering with options", () => {
  it("prices choices on the server (negative deltas and quantities too) and snapshots them on the line", async () => {
    const { restaurant, pizza, size, toppings } = await pizzeria();
    const [customer] = await createCustomers(1);
    const { provider } = createTestProvider();
    const large = size.option("Large 35 cm").id;
    const mozzarella = toppings.option("Extra mozzarella").id;
    const pesto = toppings.option("Pesto").id;
    const lines: Line[] = [
      { itemId: pizza.id, quantity: 2, notes: "no basil", options: [{ groupId: size.id, optionIds: [large] }, { groupId: toppings.id, optionIds: [pesto, mozzarella] }] },
      { itemId: pizza.id, quantity: 1, options: [{ groupId: size.id, optionIds: [size.option("Small 25 cm").id] }] },
      // The first line's choices in another order, with the same note: one line of 3.
      { itemId: pizza.id, quantity: 1, notes: "no basil", options: [{ groupId: toppings.id, optionIds: [mozzarella, pesto] }, { groupId: size.id, optionIds: [large] }] },
    ];

    const { order } = await placeOrder(customer!, request(restaurant.id, lines, { kitchenNote: "Allergic to peanuts, please take care" }), "key-options-1", provider);
    const loaded = 1000 + 300 + 150 + 100;
    const small = 1000 - 200;
    expect(order).toMatchObject({ status: "PAID", subtotalCents: 3 * loaded + small, kitchenNote: "Allergic to peanuts, please take care" });
    expect(await prisma.payment.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({ amountCents: order.totalCents });

    const stored = await prisma.orderItem.findMany({ where: { orderId: order.id }, orderBy: { unitPriceCents: "desc" } });
    expect(stored).toMatchObject([
      {
        unitPriceCents: loaded,
        quantity: 3,
        notes: "no basil",
        allergens: ["gluten", "milk", "nuts"],
        // In the item's group order and the options' position order, whatever order they were sent in.
        options: [
          { groupId: size.id, groupName: "Size", optionId: large, name: "Large 35 cm", priceDeltaCents: 300 },
          { groupId: toppings.id, groupName: "Extras", optionId: mozzarella, name: "Extra mozzarella", priceDeltaCents: 150 },
          { groupId: toppings.id, groupName: "Extras", optionId: pesto, name: "Pesto", priceDeltaCents: 100 },
        ],
      },
      { unitPriceCents: small, quantity: 1, notes: null, allergens: ["gluten", "milk"], options: [{ name: "Small 25 cm", priceDeltaCents: -200 }] },
    ]);

    // The customer's order, their list and the kitchen's queue all carry the choices and notes.
    const line = { name: "Margherita", quantity: 3, notes: "no basil", allergens: ["gluten", "milk", "nuts"] };
    const mine = await getCustomerOrder(customer!, order.id);
    expect(mine.kitchenNote).toBe("Allergic to peanuts, please take care");
    expect(mine.items).toContainEqual(expect.objectContaining({ ...line, options: stored[0]!.options }));
    expect((await listCustomerOrders(customer!))[0]!.items).toContainEqual(expect.objectContaining(line));
    const staff = await createActor("RESTAURANT_STAFF", { restaurantIds: [restaurant.id] });
    const { orders } = await listKitchenOrders(staff, restaurant.id);
    expect(orders[0]).toMatchObject({ id: order.id, kitchenNote: "Allergic to peanuts, please take care" });
    expect(orders[0]!.items).toContainEqual(
      expect.objectContaining({ ...line, options: expect.arrayContaining([expect.objectContaining({ groupName: "Size", name: "Large 35 cm", priceDeltaCents: 300 })]) }),
    );
  });

  it("makes a free line of choices that bring the price to exactly zero", async () => {
    const { restaurant, pizza, size } = await pizzeria();
    await prisma.foodItem.update({ where: { id: pizza.id }, data: { priceCents: 200 } });
    await prisma.restaurant.update({ where: { id: restaurant.id }, data: { minOrderCents: 0 } });
    const [customer] = await createCustomers(1);
    const { provider } = createTestProvider();
    const small = [{ groupId: size.id, optionIds: [size.option("Small 25 cm").id] }];
    const { order } = await placeOrder(customer!, request(restaurant.id, [{ itemId: pizza.id, quantity: 2, options: small }]), "key-free-line", provider);
    expect(order.subtotalCents).toBe(0);
  });

  it("refuses invalid choices with 400 naming the group, and an unavailable option with 409 naming it, writing nothing", async () => {
    const { restaurant, pizza, size, toppings, medium } = await pizzeria({
      extras: [{ name: "Truffle", priceDeltaCents: 900, inStock: false }, { name: "Anchovies", priceDeltaCents: 100, quantity: 1 }],
    });
    const salad = await createItem(restaurant.id, { name: "Salad", priceCents: 150 });
    const dressing = await createOptionGroup(restaurant.id, { name: "Dressing", minSelect: 0, maxSelect: 1, itemIds: [salad.id], options: [{ name: "Cheap dressing", priceDeltaCents: -200 }] });
    const archived = toppings.option("Olives").id;
    await prisma.menuOption.update({ where: { id: archived }, data: { archivedAt: new Date() } });
    const { provider, charges } = createTestProvider();
    const extras = (...names: string[]) => ({ groupId: toppings.id, optionIds: names.map((n) => toppings.option(n).id) });
    const pizzaWith = (options: Choice[] | undefined, quantity = 1) => [{ itemId: pizza.id, quantity, options }];

    const cases: [string, Line[], number, string, string][] = [
      ["no size", pizzaWith(undefined), 400, "invalid_options", "Size: choose exactly 1"],
      ["two sizes", pizzaWith([{ groupId: size.id, optionIds: [size.option("Small 25 cm").id, size.option("Large 35 cm").id] }]), 400, "invalid_options", "Size: choose exactly 1"],
      ["four extras", pizzaWith([medium, extras("Extra mozzarella", "Bacon", "Pesto", "Anchovies")]), 400, "invalid_options", "Extras: choose at most 3"],
      ["an extra as a size", pizzaWith([{ groupId: size.id, optionIds: [toppings.option("Bacon").id] }]), 400, "invalid_options", "Unknown choice in Size"],
      ["an extra twice", pizzaWith([medium, extras("Bacon", "Bacon")]), 400, "invalid_options", "Extras: the same choice twice"],
      ["another dish's group", pizzaWith([medium, { groupId: dressing.id, optionIds: [dressing.options[0]!.id] }]), 400, "invalid_options", `Option group ${dressing.id} is not offered on Margherita`],
      ["a negative line", [{ itemId: salad.id, quantity: 1, options: [{ groupId: dressing.id, optionIds: [dressing.options[0]!.id] }] }], 400, "invalid_options", "Salad: these choices would make the price negative"],
      ["an 86'd extra", pizzaWith([medium, extras("Truffle")]), 409, "option_unavailable", "Truffle is no longer available"],
      ["an archived extra", pizzaWith([medium, extras("Olives")]), 409, "option_unavailable", "Olives is no longer available"],
      ["more than the counted stock", pizzaWith([medium, extras("Anchovies")], 2), 409, "option_unavailable", "Only 1 left of Anchovies"],
      // A malformed line is refused before an unavailable one, whichever comes first.
      ["an 86'd extra, then no size", [...pizzaWith([medium, extras("Truffle")]), ...pizzaWith([])], 400, "invalid_options", "Size: choose exactly 1"],
    ];
    const malformed = [
      request(restaurant.id, pizzaWith([{ groupId: size.id, optionIds: ["large"] }])),
      request(restaurant.id, pizzaWith([medium]), { kitchenNote: "x".repeat(501) }),
    ];
    // A customer each: every attempt counts against a customer's orders-per-minute limit.
    const customers = await createCustomers(cases.length + malformed.length);
    for (const [i, [name, items, status, code, message]] of cases.entries()) {
      expect(await answer(placeOrder(customers[i]!, request(restaurant.id, items), `key-${randomUUID()}`, provider)), name).toEqual({
        status,
        body: expect.objectContaining({ code, error: message }),
      });
    }
    for (const [i, input] of malformed.entries()) expect(await answer(placeOrder(customers[cases.length + i]!, input, `key-${randomUUID()}`, provider))).toMatchObject({ status: 400 });

    expect(await prisma.order.count({ where: { restaurantId: restaurant.id } })).toBe(0);
    expect((await optionRow(toppings.option("Anchovies").id)).quantity).toBe(1);
    expect(charges).toHaveLength(0);
  });

  it("replays an order with options for the same key whatever the choices' order, and refuses other choices (422)", async () => {
    const { restaurant, pizza, size, toppings } = await pizzeria({ extras: [{ name: "Anchovies", priceDeltaCents: 100, quantity: 10 }] });
    const [customer] = await createCustomers(1);
    const { provider, charges } = createTestProvider();
    const anchovies = toppings.option("Anchovies").id;
    const bacon = toppings.option("Bacon").id;
    const large = { groupId: size.id, optionIds: [size.option("Large 35 cm").id] };
    const first = request(restaurant.id, [{ itemId: pizza.id, quantity: 2, options: [large, { groupId: toppings.id, optionIds: [anchovies, bacon] }] }], { kitchenNote: "Ring twice" });
    const key = `replay-${randomUUID()}`;

    const results = await Promise.all(Array.from({ length: 20 }, () => retryWhenBusy(() => placeOrder(customer!, first, key, provider))));
    expect(new Set(results.map((r) => r.order.id)).size).toBe(1);
    expect(charges).toHaveLength(1);
    expect((await optionRow(anchovies)).quantity).toBe(8);

    const reordered = request(restaurant.id, [{ itemId: pizza.id, quantity: 2, options: [{ groupId: toppings.id, optionIds: [bacon, anchovies] }, large] }], { kitchenNote: "Ring twice" });
    expect(await placeOrder(customer!, reordered, key, provider)).toMatchObject({ replayed: true, order: { id: results[0]!.order.id, kitchenNote: "Ring twice" } });
    const otherChoices = request(restaurant.id, [{ itemId: pizza.id, quantity: 2, options: [large, { groupId: toppings.id, optionIds: [anchovies] }] }], { kitchenNote: "Ring twice" });
    const otherNote = { ...first, kitchenNote: "Knock" };
    for (const other of [otherChoices, otherNote]) {
      await expect(placeOrder(customer!, other, key, provider)).rejects.toMatchObject({ status: 422, code: "idempotency_key_reused" });
    }
    expect(await prisma.order.count({ where: { customerId: customer!.userId } })).toBe(1);
    expect((await optionRow(anchovies)).quantity).toBe(8);
  });

  it("gives option stock back when the card is declined, the customer cancels or the kitchen rejects", async () => {
    const { restaurant, pizza, toppings, medium } = await pizzeria({ extras: [{ name: "Anchovies", priceDeltaCents: 100, quantity: 6 }] });
    const anchovies = toppings.option("Anchovies").id;
    const [customer] = await createCustomers(1);
    const staff = await createActor("RESTAURANT_STAFF", { restaurantIds: [restaurant.id] });
    const { provider } = createTestProvider();
    // The same option on two lines (one with a note) counts for both.
    const items = [
      { itemId: pizza.id, quantity: 2, options: [medium, { groupId: toppings.id, optionIds: [anchovies] }] },
      { itemId: pizza.id, quantity: 1, notes: "well done", options: [medium, { groupId: toppings.id, optionIds: [anchovies] }] },
    ];
    const place = (extra: Record<string, unknown> = {}) => placeOrder(customer!, request(restaurant.id, items, extra), `key-${randomUUID()}`, provider);

    const declined = await place({ cardNumber: TEST_CARDS.declined });
    expect(declined.order.status).toBe("PAYMENT_FAILED");
    expect((await optionRow(anchovies)).quantity).toBe(6);

    const cancelled = await place();
    expect((await optionRow(anchovies)).quantity).toBe(3);
    await cancelOrder(customer!, cancelled.order.id, provider);
    expect((await optionRow(anchovies)).quantity).toBe(6);

    const rejected = await place();
    expect((await optionRow(anchovies)).quantity).toBe(3);
    await rejectOrder(staff, rejected.order.id, { reason: "Out of dough" }, provider);
    expect(await optionRow(anchovies)).toMatchObject({ quantity: 6, version: 6 });
  });
});

describe("options under concurrency", () => {
  it("sells exactly the counted stock of an option to 30 concurrent buyers of 5 units, and nothing else of theirs", async () => {
    const { restaurant, pizza, toppings, medium } = await pizzeria({ extras: [{ name: "Anchovies", priceDeltaCents: 100, quantity: 5 }], itemQuantity: 100 });
    const anchovies = toppings.option("Anchovies").id;
    const customers = await createCustomers(30);
    const { provider } = createTestProvider();
    const items = [{ itemId: pizza.id, quantity: 1, options: [medium, { groupId: toppings.id, optionIds: [anchovies] }] }];

    const results = await Promise.allSettled(customers.map((c) => retryWhenBusy(() => placeOrder(c, request(restaurant.id, items), `key-${c.userId}`, provider))));
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
    for (const r of refused) expect(r.reason).toMatchObject({ status: 409, code: "option_unavailable" });
    expect(refused).toHaveLength(25);
    expect(await optionRow(anchovies)).toMatchObject({ quantity: 0, version: 5 });
    // The refused orders took none of the pizza's own stock either: all or nothing.
    expect((await prisma.inventory.findUniqueOrThrow({ where: { itemId: pizza.id } })).quantity).toBe(95);
    expect(await prisma.order.count({ where: { restaurantId: restaurant.id } })).toBe(5);
  });

  it("never sells an option after its 86 commits, with 50 orders racing it", async () => {
    const { restaurant, pizza, toppings, medium } = await pizzeria();
    const pesto = toppings.option("Pesto").id;
    const customers = await createCustomers(50);
    const { provider } = createTestProvider();
    const items = [{ itemId: pizza.id, quantity: 1, options: [medium, { groupId: toppings.id, optionIds: [pesto] }] }];

    let soldBefore86 = -1;
    let firstSale!: () => void;
    const sold = new Promise<void>((resolve) => (firstSale = resolve));
    const orders = customers.map((c) =>
      retryWhenBusy(() => placeOrder(c, request(restaurant.id, items), `key-${c.userId}`, provider)).then((placed) => (firstSale(), placed)),
    );
    // The 86 lands while the orders are in flight. Inside its transaction, once its write holds
    // the row, it counts the orders already committed with pesto: no other may follow.
    const eightySix = sold.then(() =>
      prisma.$transaction(async (tx) => {
        await tx.menuOption.update({ where: { id: pesto }, data: { inStock: false, version: { increment: 1 } } });
        soldBefore86 = (await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM order_items WHERE options @> ${JSON.stringify([{ optionId: pesto }])}::jsonb`)[0]!.n;
      }),
    );
    const results = await Promise.allSettled(orders);
    await eightySix;

    const placed = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    for (const r of refused) expect(r.reason).toMatchObject({ status: 409, code: "option_unavailable", message: "Pesto is no longer available" });
    expect(placed.length + refused.length).toBe(50);
    expect(placed.length).toBeGreaterThanOrEqual(1);
    expect(await ordersWithOption(pesto)).toBe(soldBefore86);
    expect(await prisma.order.count({ where: { restaurantId: restaurant.id } })).toBe(placed.length);
  });

  it.each([
    ["untracked", null],
    ["counted", 10],
  ])("refuses an order that read an %s option before its 86 and writes after the 86 commits", async (_kind, quantity) => {
    const { restaurant, pizza, toppings, medium } = await pizzeria({ extras: [{ name: "Anchovies", priceDeltaCents: 100, quantity }] });
    const anchovies = toppings.option("Anchovies").id;
    const [customer] = await createCustomers(1);
    const { provider } = createTestProvider();
    const items = [{ itemId: pizza.id, quantity: 1, options: [medium, { groupId: toppings.id, optionIds: [anchovies] }] }];

    // The 86 is written but not committed: the order reads the option as available, then its
    // write waits for the 86's row lock and must re-check the row once the 86 commits.
    const held = await holdTransactionOpen((tx) => tx.menuOption.update({ where: { id: anchovies }, data: { inStock: false } }));
    const order = answer(placeOrder(customer!, request(restaurant.id, items), `key-${randomUUID()}`, provider));
    await waitForLockWait(order);
    await held.commit();
    expect(await order).toEqual({ status: 409, body: expect.objectContaining({ code: "option_unavailable", error: "Anchovies is no longer available" }) });
    expect(await prisma.order.count({ where: { restaurantId: restaurant.id } })).toBe(0);
    expect((await optionRow(anchovies)).quantity).toBe(quantity);
  });
});

/**
 * Resolves once some session of this database waits for a row lock, or `meanwhile` settled
 * (then the test's own assertions say what went wrong). Polls; assumes nothing about timing.
 */
async function waitForLockWait(meanwhile: Promise<unknown>) {
  let settled = false;
  void meanwhile.finally(() => (settled = true));
  while (!settled) {
    const [row] = await prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if (row!.n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
