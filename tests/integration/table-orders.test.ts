// Seed 004's table-tablet contract, at the domain level (the exact HTTP bodies are
// checked end to end in tests/e2e/table-api.spec.ts).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { errorResponse } from "@/lib/api/errors";
import { placeTableOrder } from "@/lib/orders/place-table-order";
import { listMenuItems } from "@/lib/catalog/list-menu-items";
import { createItem, createOpenRestaurant } from "../support/fixtures";

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
