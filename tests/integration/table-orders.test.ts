// Seed 004's table-tablet contract, at the domain level (the exact HTTP bodies are
// checked end to end in tests/e2e/table-api.spec.ts).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { errorResponse } from "@/lib/api/errors";
import { placeTableOrder } from "@/lib/orders/place-table-order";
import { listMenuItems } from "@/lib/catalog/list-menu-items";
import { createItem, createOpenRestaurant } from "../support/fixtures";
import { createOptionGroup } from "../support/option-groups";

async function setup() {
  const restaurant = await createOpenRestaurant();
  const item = await createItem(restaurant.id, { name: "Grilled Salmon", priceCents: 1899, quantity: 30 });
  const soldOut = await createItem(restaurant.id, { name: "Oysters", quantity: 0 });
  const token = `tok_${randomUUID()}`;
  await prisma.diningTable.create({ data: { restaurantId: restaurant.id, number: "T12", token } });
  const body = (extra: Record<string, unknown> = {}) => ({
    table_number: "T12",
    items: [{ menu_item_id: item.id, quantity: 2 }],
    version: 1,
    order_id: `id-${randomUUID()}`,
    ...extra,
  });
  return { restaurant, item, soldOut, token, body };
}

/** Status and exact body the route would answer. */
async function statusAndBody(call: Promise<unknown>) {
  const { status, body } = await answer(call);
  return { status, body };
}

/** What the route would answer: status, JSON body and headers. */
async function answer(call: Promise<unknown>) {
  try {
    await call;
    return { status: 201, body: null, headers: new Headers() };
  } catch (error) {
    const res = errorResponse(error);
    return { status: res.status, body: await res.json(), headers: res.headers };
  }
}

describe("table tablets", () => {
  it("read the menu with decimal prices, availability and the menu version", async () => {
    const { restaurant, item, soldOut } = await setup();
    const menu = await listMenuItems({ restaurant_id: restaurant.id });
    expect(menu.menuVersion).toBe(1);
    expect(menu.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: item.id, name: "Grilled Salmon", price: 18.99, available: true }),
        expect.objectContaining({ id: soldOut.id, available: false }),
      ]),
    );
    expect(await answer(listMenuItems({ restaurant_id: "nope" }))).toMatchObject({ status: 400 });
  });

  it("order to their table, and the same order_id again returns the same order", async () => {
    const { token, body, item } = await setup();
    const first = body();
    const placed = await placeTableOrder(token, first);
    expect(placed.created).toBe(true);
    expect(placed.order).toMatchObject({ channel: "TABLE", status: "PLACED", totalCents: 3798, deliveryFeeCents: 0 });
    const again = await Promise.all(Array.from({ length: 10 }, () => placeTableOrder(token, first)));
    expect(new Set(again.map((a) => a.order.id))).toEqual(new Set([placed.order.id]));
    expect((await prisma.inventory.findUniqueOrThrow({ where: { itemId: item.id } })).quantity).toBe(28);
  });

  it("refuse an order_id reused for another order (422), and replay it after a menu refresh", async () => {
    const { token, body, item, restaurant } = await setup();
    const first = body();
    const placed = await placeTableOrder(token, first);
    const other = { ...first, items: [{ menu_item_id: item.id, quantity: 3 }] };
    expect(await statusAndBody(placeTableOrder(token, other))).toEqual({
      status: 422,
      body: { error: expect.stringMatching(/already placed a different order/), code: "idempotency_key_reused" },
    });
    // The menu version is a precondition, not part of the order: a tablet that refreshed its
    // menu and retries the same order gets the order it placed.
    await prisma.restaurant.update({ where: { id: restaurant.id }, data: { menuVersion: { increment: 1 } } });
    const retried = await placeTableOrder(token, { ...first, version: 2 });
    expect(retried).toMatchObject({ created: false, order: { id: placed.order.id } });
    expect(await prisma.order.count({ where: { restaurantId: restaurant.id } })).toBe(1);
    expect((await prisma.inventory.findUniqueOrThrow({ where: { itemId: item.id } })).quantity).toBe(28);
  });

  it("answer the contract's errors exactly, writing nothing", async () => {
    const { token, body, soldOut, restaurant } = await setup();
    const invalid = { status: 400, body: { error: "Invalid item" } };
    expect(await statusAndBody(placeTableOrder(token, body({ items: [{ menu_item_id: randomUUID(), quantity: 1 }] })))).toEqual(invalid);
    expect(await statusAndBody(placeTableOrder(token, body({ items: [{ menu_item_id: soldOut.id, quantity: 1 }] })))).toEqual(invalid);
    expect(await statusAndBody(placeTableOrder(token, body({ items: [{ menu_item_id: soldOut.id, quantity: 0 }] })))).toEqual(invalid);
    expect(await statusAndBody(placeTableOrder(token, { nonsense: true }))).toEqual(invalid);
    expect(await statusAndBody(placeTableOrder(token, body({ version: 4 })))).toEqual({ status: 409, body: { error: "Version conflict" } });
    expect(await answer(placeTableOrder(null, body()))).toMatchObject({ status: 401 });
    expect(await answer(placeTableOrder("wrong-token", body()))).toMatchObject({ status: 401 });
    expect(await answer(placeTableOrder(token, body({ table_number: "T1" })))).toMatchObject({ status: 401 });
    expect(await prisma.order.count({ where: { restaurantId: restaurant.id } })).toBe(0);
  });

  it("limit a table to 5 orders a minute with Retry-After, replays excepted", async () => {
    const { token, body } = await setup();
    const five = Array.from({ length: 5 }, () => body());
    for (const b of five) expect((await placeTableOrder(token, b)).created).toBe(true);
    const sixth = await answer(placeTableOrder(token, body()));
    expect(sixth).toMatchObject({ status: 429, body: { error: "Rate limit" } });
    expect(Number(sixth.headers.get("retry-after"))).toBeGreaterThan(0);
    // a retried order is not a new one: it still gets its original answer
    expect((await placeTableOrder(token, five[0])).created).toBe(false);
  });
});

describe("table tablets with options", () => {
  /** A burger (€12.50) with a required doneness and optional sides; the salmon has no groups. */
  async function burgerSetup() {
    const { restaurant, item: salmon, token, body } = await setup();
    const burger = await createItem(restaurant.id, { name: "Burger", priceCents: 1250, quantity: null });
    const doneness = await createOptionGroup(restaurant.id, {
      name: "Doneness",
      minSelect: 1,
      maxSelect: 1,
      itemIds: [burger.id],
      options: [{ name: "Medium" }, { name: "Well done" }],
    });
    const sides = await createOptionGroup(restaurant.id, {
      name: "Sides",
      minSelect: 0,
      maxSelect: 2,
      itemIds: [burger.id],
      options: [{ name: "Fries", priceDeltaCents: 350 }, { name: "Side salad", priceDeltaCents: 300 }, { name: "Onion rings", priceDeltaCents: 400, inStock: false }],
    });
    const choose = (group: typeof sides, ...names: string[]) => ({ group_id: group.id, option_ids: names.map((n) => group.option(n).id) });
    return { restaurant, salmon, burger, doneness, sides, choose, token, body };
  }

  it("order lines with options and a note for the kitchen, priced and kept on the order", async () => {
    const { restaurant, salmon, burger, doneness, sides, choose, token, body } = await burgerSetup();
    const first = body({
      items: [
        { menu_item_id: burger.id, quantity: 2, notes: "no pickles", options: [choose(doneness, "Medium"), choose(sides, "Fries", "Side salad")] },
        { menu_item_id: salmon.id, quantity: 1 },
      ],
      notes: "Birthday: bring the cake at 8",
    });
    const placed = await placeTableOrder(token, first);
    expect(placed).toMatchObject({ created: true, order: { subtotalCents: 2 * (1250 + 350 + 300) + 1899, kitchenNote: "Birthday: bring the cake at 8" } });
    const lines = await prisma.orderItem.findMany({ where: { orderId: placed.order.id }, orderBy: { name: "asc" } });
    expect(lines).toMatchObject([
      { name: "Burger", quantity: 2, notes: "no pickles", unitPriceCents: 1900, options: [{ name: "Medium" }, { name: "Fries" }, { name: "Side salad" }] },
      { name: "Grilled Salmon", quantity: 1, unitPriceCents: 1899, options: [] },
    ]);
    // The same order_id is the same order, with options as with plain lines.
    expect(await placeTableOrder(token, first)).toMatchObject({ created: false, order: { id: placed.order.id } });
    expect(await prisma.order.count({ where: { restaurantId: restaurant.id } })).toBe(1);
  });

  it("answer option errors as the contract's bodies: 400 naming the group, 409 naming the option, writing nothing", async () => {
    const { restaurant, burger, doneness, sides, choose, token, body } = await burgerSetup();
    const burgerWith = (options?: unknown[], extra: Record<string, unknown> = {}) => body({ items: [{ menu_item_id: burger.id, quantity: 1, options, ...extra }] });
    expect(await statusAndBody(placeTableOrder(token, burgerWith()))).toEqual({ status: 400, body: { error: "Doneness: choose exactly 1" } });
    expect(await statusAndBody(placeTableOrder(token, burgerWith([choose(doneness, "Medium", "Well done")])))).toEqual({
      status: 400,
      body: { error: "Doneness: choose exactly 1" },
    });
    expect(await statusAndBody(placeTableOrder(token, burgerWith([choose(doneness, "Medium"), { group_id: sides.id, option_ids: [doneness.option("Medium").id] }])))).toEqual({
      status: 400,
      body: { error: "Unknown choice in Sides" },
    });
    expect(await statusAndBody(placeTableOrder(token, burgerWith([choose(doneness, "Medium"), choose(sides, "Onion rings")])))).toEqual({
      status: 409,
      body: { error: "Onion rings is no longer available" },
    });
    // Malformed choices and notes are the contract's one 400.
    const invalid = { status: 400, body: { error: "Invalid item" } };
    expect(await statusAndBody(placeTableOrder(token, burgerWith([{ group_id: "x", option_ids: [] }])))).toEqual(invalid);
    expect(await statusAndBody(placeTableOrder(token, { ...burgerWith([choose(doneness, "Medium")]), notes: "x".repeat(501) }))).toEqual(invalid);
    expect(await prisma.order.count({ where: { restaurantId: restaurant.id } })).toBe(0);
  });
});
