// Seed 004's table-tablet API, over HTTP, with its exact status codes and bodies.
import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO_TABLE_TOKEN } from "@/prisma/seed/demo-accounts";

const auth = { authorization: `Bearer ${DEMO_TABLE_TOKEN}` };

async function demoMenu(request: APIRequestContext) {
  const page = await request.get(`/t/${DEMO_TABLE_TOKEN}`);
  expect(page.status()).toBe(200);
  const restaurantId = /data-restaurant-id="([0-9a-f-]{36})"/.exec(await page.text())?.[1];
  expect(restaurantId).toBeTruthy();
  const res = await request.get(`/api/v1/menu_items?restaurant_id=${restaurantId}`);
  expect(res.status()).toBe(200);
  const items = (await res.json()) as { id: string; name: string; price: number; available: boolean }[];
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
  const item = items.find((i) => i.available)!;
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
