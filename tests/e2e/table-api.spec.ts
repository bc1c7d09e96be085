// Seed 004's table-tablet API, over HTTP, with its exact status codes and bodies.
import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO_TABLE_TOKEN } from "@/prisma/seed/demo-accounts";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { createOwnOutlet } from "./support/own-outlet";

const auth = { authorization: `Bearer ${DEMO_TABLE_TOKEN}` };

async function demoMenu(request: APIRequestContext) {
  const page = await request.get(`/t/${DEMO_TABLE_TOKEN}`);
  expect(page.status()).toBe(200);
  const restaurantId = /data-restaurant-id="([0-9a-f-]{36})"/.exec(await page.text())?.[1];
  expect(restaurantId).toBeTruthy();
  const res = await request.get(`/api/v1/menu_items?restaurant_id=${restaurantId}`);
  expect(res.status()).toBe(200);
  const items = (await res.json()) as { id: string; name: string; price: number; available: boolean; option_groups?: { min_select: number }[] }[];
  return { version: Number(res.headers()["menu-version"]), items };
}

test("the menu lists items with decimal prices, availability and the menu version", async ({ request }) => {
  const { version, items } = await demoMenu(request);
  expect(version).toBeGreaterThanOrEqual(1);
  expect(items.length).toBeGreaterThanOrEqual(15);
  for (const item of items) {
    expect(item).toEqual(expect.objectContaining({ id: expect.any(String), name: expect.any(String), price: expect.any(Number), available: expect.any(Boolean) }));
    expect(Math.round(item.price * 100)).toBeCloseTo(item.price * 100, 5);
  }
});

test("an order is received once per order_id, and each error answers exactly", async ({ request }) => {
  const { version, items } = await demoMenu(request);
  // A dish with nothing to choose: a line without options is all an older tablet sends.
  const item = items.find((i) => i.available && !i.option_groups?.some((g) => g.min_select > 0))!;
  const body = (extra: Record<string, unknown> = {}) => ({
    table_number: "T1",
    items: [{ menu_item_id: item.id, quantity: 2 }],
    version,
    order_id: `tablet-${randomUUID()}`,
    ...extra,
  });

  const first = body();
  const created = await request.post("/api/v1/orders", { headers: auth, data: first });
  expect(created.status()).toBe(201);
  const receipt = await created.json();
  expect(receipt).toEqual({ order_id: expect.any(String), status: "received" });
  const again = await request.post("/api/v1/orders", { headers: auth, data: first });
  expect(again.status()).toBe(201);
  expect(await again.json()).toEqual(receipt);

  const cases: [Record<string, string>, unknown, number, unknown][] = [
    [auth, body({ items: [{ menu_item_id: randomUUID(), quantity: 1 }] }), 400, { error: "Invalid item" }],
    [auth, body({ items: [{ menu_item_id: item.id, quantity: 0 }] }), 400, { error: "Invalid item" }],
    [auth, Buffer.from("{not json"), 400, { error: "Invalid item" }],
    [auth, body({ version: version + 1 }), 409, { error: "Version conflict" }],
    [{}, body(), 401, { error: "Sign in required" }],
    [{ authorization: "Bearer not-a-table" }, body(), 401, { error: "Invalid table token" }],
  ];
  for (const [headers, data, status, expected] of cases) {
    const res = await request.post("/api/v1/orders", { headers: { "content-type": "application/json", ...headers }, data });
    expect(res.status(), JSON.stringify(data)).toBe(status);
    // The contract fixes the 400/409 bodies exactly; a 401 only has to say why.
    if (status === 401) expect(await res.json()).toMatchObject(expected as Record<string, unknown>);
    else expect(await res.json()).toEqual(expected);
  }
});
// The 5-a-minute limit (429 with Retry-After) is proven in tests/integration/table-orders.test.ts:
// here it would eat the demo table's budget the other tablet tests need.

/** A table of the test's own outlet, and a burger there with a required doneness and optional sides (one 86'd). */
async function tableWithBurger() {
  const outlet = await createOwnOutlet("Tablet options");
  const db = createPrismaClient(process.env.E2E_DATABASE_URL!, 1);
  try {
    const token = `tablet-${randomUUID()}`;
    await db.diningTable.create({ data: { restaurantId: outlet.id, number: "T7", token } });
    const burger = await db.foodItem.create({ data: { restaurantId: outlet.id, name: "Burger", priceCents: 1250, inventory: { create: { restaurantId: outlet.id, quantity: null } } } });
    const group = (name: string, minSelect: number, maxSelect: number, position: number, options: { name: string; priceDeltaCents?: number; inStock?: boolean }[]) =>
      db.optionGroup.create({
        data: {
          restaurantId: outlet.id,
          name,
          minSelect,
          maxSelect,
          options: { create: options.map((o, i) => ({ restaurantId: outlet.id, position: i, ...o })) },
          items: { create: { itemId: burger.id, position } },
        },
        include: { options: { orderBy: { position: "asc" } } },
      });
    const doneness = await group("Doneness", 1, 1, 0, [{ name: "Medium" }, { name: "Well done" }]);
    const sides = await group("Sides", 0, 2, 1, [{ name: "Fries", priceDeltaCents: 350 }, { name: "Onion rings", priceDeltaCents: 400, inStock: false }]);
    const { menuVersion } = await db.restaurant.findUniqueOrThrow({ where: { id: outlet.id }, select: { menuVersion: true } });
    return { token, burger, doneness, sides, menuVersion };
  } finally {
    await db.$disconnect();
  }
}

test("lines may carry options and the order a note for the kitchen; option errors answer in the contract's bodies", async ({ request }) => {
  const { token, burger, doneness, sides, menuVersion } = await tableWithBurger();
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  const choose = (group: typeof sides, ...names: string[]) => ({ group_id: group.id, option_ids: names.map((n) => group.options.find((o) => o.name === n)!.id) });
  const body = (options: unknown[] | undefined, extra: Record<string, unknown> = {}) => ({
    table_number: "T7",
    items: [{ menu_item_id: burger.id, quantity: 2, notes: "no pickles", options }],
    version: menuVersion,
    order_id: `tablet-${randomUUID()}`,
    ...extra,
  });

  const first = body([choose(doneness, "Medium"), choose(sides, "Fries")], { notes: "Birthday: candles on the dessert" });
  const created = await request.post("/api/v1/orders", { headers, data: first });
  expect(created.status()).toBe(201);
  const receipt = await created.json();
  expect(receipt).toEqual({ order_id: expect.any(String), status: "received" });
  const again = await request.post("/api/v1/orders", { headers, data: first });
  expect(again.status()).toBe(201);
  expect(await again.json()).toEqual(receipt);

  const cases: [unknown, number, unknown][] = [
    [body(undefined), 400, { error: "Doneness: choose exactly 1" }],
    [body([choose(doneness, "Medium"), choose(sides, "Onion rings")]), 409, { error: "Onion rings is no longer available" }],
    [body([{ group_id: "not-a-uuid", option_ids: [] }]), 400, { error: "Invalid item" }],
  ];
  for (const [data, status, expected] of cases) {
    const res = await request.post("/api/v1/orders", { headers, data });
    expect(res.status(), JSON.stringify(data)).toBe(status);
    expect(await res.json()).toEqual(expected);
  }
});

