// The table tablet as a diner meets it (issue 15): a kiosk header, a review step before the
// kitchen sees anything, a confirmation that is seen and heard, the order's status following the
// kitchen, and a clear page for a table link that has changed.
import { randomUUID } from "node:crypto";
import { expect, test, type Browser } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { createOwnTable } from "./support/own-table";
import { signInByRequest } from "./support/sign-in";

const staff = DEMO_ACCOUNTS.find((a) => a.role === "RESTAURANT_STAFF")!;
/** The tablet asks for its orders' status every 5 s: a hang guard above that, not a speed check. */
const POLLED = { timeout: 30_000 };

async function staffPage(browser: Browser) {
  const page = await (await browser.newContext()).newPage();
  await signInByRequest(page, staff.email, staff.password);
  return page;
}

test("a diner reviews the order, sees it sent and follows its status as the kitchen works @phone", async ({ page, browser }) => {
  const table = await createOwnTable();
  await page.goto(`/t/${table.token}`);
  // A kiosk header: the outlet and the table, no site sign-in.
  await expect(page.getByRole("heading", { level: 1, name: "Forno Rosso Centrum" })).toBeVisible();
  await expect(page.getByText(`Table ${table.number}`)).toBeVisible();
  await expect(page.getByRole("banner")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Sign in" })).toHaveCount(0);

  const add = page.getByRole("button", { name: /^Add / }).first();
  await add.click();
  await add.click();
  await page.getByRole("button", { name: "Review order" }).click();
  // The review: its heading takes focus; lines can still change; back keeps the order.
  await expect(page.getByRole("heading", { name: "Check your order" })).toBeFocused();
  const line = page.getByTestId("kiosk-line");
  await expect(line).toHaveCount(1);
  await expect(line).toContainText("2 ×");
  const twoTotal = await page.getByTestId("kiosk-total").textContent();
  expect(twoTotal).toMatch(/^2 items · €\d+\.\d\d$/);
  await line.getByRole("button", { name: /^One less / }).click();
  await expect(page.getByTestId("kiosk-total")).toContainText("1 item ·");
  await page.getByRole("button", { name: "Back to the menu" }).click();
  await expect(page.getByRole("button", { name: "Review order" })).toBeFocused();
  await page.getByRole("button", { name: "Review order" }).click();
  await page.getByLabel("Note for the kitchen (optional)").fill("Window seat, please bring water");
  await page.getByRole("button", { name: "Send order to the kitchen" }).click();

  // The confirmation is on screen, focused and a live region, even on a phone.
  const sent = page.getByRole("status").filter({ hasText: "Order sent to the kitchen" });
  await expect(sent).toBeFocused();
  await expect(sent).toBeInViewport();
  const status = page.getByTestId("table-order-status").getByRole("listitem");
  await expect(status).toHaveCount(1);
  await expect(status).toContainText("Sent — waiting for the kitchen");
  await expect(page.getByTestId("table-order-status")).toHaveAttribute("aria-live", "polite");

  const kitchen = await staffPage(browser);
  try {
    const { orders } = (await (await kitchen.request.get(`/api/v1/restaurants/${table.restaurantId}/orders?status=PLACED`)).json()) as { orders: { id: string; tableNumber: string | null }[] };
    const order = orders.find((o) => o.tableNumber === table.number);
    expect(order, "the kitchen has the table's order").toBeTruthy();
    const move = (data: Record<string, unknown>) => kitchen.request.post(`/api/v1/orders/${order!.id}/status`, { data });
    expect((await move({ status: "ACCEPTED", prep_minutes: 15 })).status()).toBe(200);
    await expect(status).toContainText("Accepted by the kitchen", POLLED);
    expect((await move({ status: "PREPARING" })).status()).toBe(200);
    expect((await move({ status: "READY" })).status()).toBe(200);
    await expect(status).toContainText("Ready — on its way to your table", POLLED);
    // A reload (the tablet's browser restarted the page) keeps following the sitting's order.
    await page.reload();
    await expect(page.getByTestId("table-order-status").getByRole("listitem")).toContainText("Ready — on its way to your table");
  } finally {
    await kitchen.context().close();
  }
});

test("a diner switches the tablet to Dutch and sends the order in Dutch, keeping what was chosen @phone", async ({ page }) => {
  const table = await createOwnTable();
  await page.goto(`/t/${table.token}`);
  await page.getByRole("button", { name: /^Add / }).first().click();
  await expect(page.getByRole("button", { name: "Review order" })).toBeVisible();

  // The site header is hidden on the tablet: the switcher is in the kiosk's own header.
  await page.getByLabel("Language").selectOption("nl");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page.getByText(`Tafel ${table.number}`)).toBeVisible();
  await expect(page.getByText(/^1 gerecht · €/)).toBeVisible();

  await page.getByRole("button", { name: "Bestelling bekijken" }).click();
  await expect(page.getByRole("heading", { name: "Controleer je bestelling" })).toBeFocused();
  await expect(page.getByTestId("kiosk-total")).toHaveText(/^1 gerecht · €\s?\d+,\d\d$/);
  await page.getByLabel("Opmerking voor de keuken (optioneel)").fill("Graag een kan water");
  await page.getByRole("button", { name: "Bestelling naar de keuken sturen" }).click();

  await expect(page.getByRole("status").filter({ hasText: "Bestelling naar de keuken gestuurd" })).toBeFocused();
  await expect(page.getByTestId("table-order-status").getByRole("listitem")).toContainText("Verstuurd — wacht op de keuken");
  await expect(page.getByRole("button", { name: "Nog iets bestellen" })).toBeVisible();
});

test("a rotated table link says so and what to do, with no site header @phone", async ({ page, browser }) => {
  const table = await createOwnTable();
  await page.goto(`/t/${table.token}`);
  await expect(page.getByText(`Table ${table.number}`)).toBeVisible();

  const kitchen = await staffPage(browser);
  try {
    expect((await kitchen.request.post(`/api/v1/restaurants/${table.restaurantId}/tables/${table.id}/token`)).status()).toBe(200);
  } finally {
    await kitchen.context().close();
  }
  const res = await page.reload();
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "This table link has changed" })).toBeVisible();
  await expect(page.getByText("Ask staff for the new QR code")).toBeVisible();
  await expect(page.getByText("not yours to see")).toHaveCount(0);
  await expect(page.getByRole("banner")).toHaveCount(0);
});

test("the table-orders read: only the table's own orders, 401 without a valid table token, 400 for bad ids", async ({ request }) => {
  const [table, other] = await Promise.all([createOwnTable(), createOwnTable()]);
  const menu = await request.get(`/api/v1/menu_items?restaurant_id=${table.restaurantId}`);
  const items = (await menu.json()) as { id: string; available: boolean; option_groups?: { min_select: number }[] }[];
  const item = items.find((i) => i.available && !i.option_groups?.some((g) => g.min_select > 0))!;
  const place = async (t: typeof table) => {
    const res = await request.post("/api/v1/orders", {
      headers: { authorization: `Bearer ${t.token}` },
      data: { table_number: t.number, items: [{ menu_item_id: item.id, quantity: 1 }], version: Number(menu.headers()["menu-version"]), order_id: `tablet-${randomUUID()}` },
    });
    expect(res.status()).toBe(201);
    return ((await res.json()) as { order_id: string }).order_id;
  };
  const [own, theirs] = [await place(table), await place(other)];
  const read = (token: string | null, ids: string) => request.get(`/api/v1/table-orders?ids=${ids}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  const answer = await read(table.token, `${own},${theirs}`);
  expect(answer.status()).toBe(200);
  expect(await answer.json()).toEqual({ orders: [{ order_id: own, status: "PLACED", placed_at: expect.any(String), total_cents: expect.any(Number) }] });

  expect((await read(null, own)).status()).toBe(401);
  const wrong = await read("not-a-table", own);
  expect(wrong.status()).toBe(401);
  expect(await wrong.json()).toMatchObject({ error: "Invalid table token" });
  for (const ids of ["", "not-a-uuid", Array.from({ length: 11 }, () => randomUUID()).join(",")]) {
    const bad = await read(table.token, ids);
    expect(bad.status(), ids).toBe(400);
    expect(await bad.json()).toMatchObject({ code: "invalid_request" });
  }
});
