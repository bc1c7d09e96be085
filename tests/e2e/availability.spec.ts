// Availability as staff and customers live it: a change on the kitchen's availability screen
// reaches an open customer menu (and a table tablet) within about a second, without a reload.
// Other specs order from Forno Rosso Centrum's first items in parallel, so the 86 test uses
// its last item and the pause test another outlet (through the platform admin), and each
// test puts back what it changed.
import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_TABLE_TOKEN } from "@/prisma/seed/demo-accounts";
import { TEST_CARDS } from "@/lib/payments/simulated-provider";
import { signInByRequest } from "./support/sign-in";

const account = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;
/** "Within a second" plus room for a loaded CI machine; there are no sleeps to hide behind. */
const LIVE = { timeout: 2000 };

async function outletId(request: APIRequestContext, name: string): Promise<string> {
  const res = await request.get("/api/v1/kitchen/restaurants");
  expect(res.status()).toBe(200);
  const { restaurants } = (await res.json()) as { restaurants: { id: string; name: string }[] };
  return restaurants.find((r) => r.name === name)!.id;
}

async function lastItem(request: APIRequestContext, restaurantId: string) {
  const menu = await (await request.get(`/api/v1/restaurants/${restaurantId}/menu`)).json();
  const items = (menu.categories as { items: { id: string; name: string; optionGroups?: { minSelect: number }[] }[] }[]).flatMap((c) => c.items);
  // One that can be ordered without choosing options (the test orders it plainly).
  return items.filter((i) => !i.optionGroups?.some((g) => g.minSelect > 0)).at(-1)!;
}

/** Opens a menu page and waits until it follows the outlet live. */
async function openLive(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator("[data-live='true']")).toBeVisible();
}

test("staff 86 an item and an open customer menu and table tablet show it sold out at once", async ({ browser }) => {
  const staffContext = await browser.newContext();
  const customerContext = await browser.newContext();
  const staffPage = await staffContext.newPage();
  const staff = account("RESTAURANT_STAFF");
  await signInByRequest(staffPage, staff.email, staff.password);
  const restaurantId = await outletId(staffPage.request, "Forno Rosso Centrum");
  const item = await lastItem(staffPage.request, restaurantId);

  try {
    const menuPage = await customerContext.newPage();
    const tablet = await customerContext.newPage();
    await openLive(menuPage, `/r/${restaurantId}`);
    await openLive(tablet, `/t/${DEMO_TABLE_TOKEN}`);
    const customerRow = menuPage.getByTestId("menu-item").filter({ has: menuPage.getByRole("heading", { name: item.name, exact: true }) });
    const tabletRow = tablet.locator(".kiosk-item").filter({ has: tablet.getByRole("heading", { name: item.name, exact: true }) });
    await expect(customerRow.getByRole("button", { name: `Add ${item.name}` })).toBeVisible();

    await staffPage.goto(`/kitchen/${restaurantId}/availability`);
    const toggle = staffPage.getByRole("switch", { name: `${item.name} in stock` });
    await expect(toggle).toHaveAttribute("aria-checked", "true");
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-checked", "false");

    await expect(customerRow.getByText("Sold out")).toBeVisible(LIVE);
    await expect(tabletRow.getByText("Sold out")).toBeVisible(LIVE);
    await expect(staffPage.getByTestId("availability-log")).toContainText(`86'd ${item.name} · ${staff.name}`);

    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-checked", "true");
    await expect(customerRow.getByRole("button", { name: `Add ${item.name}` })).toBeVisible(LIVE);
    await expect(tabletRow.getByRole("button", { name: `Add ${item.name}` })).toBeVisible(LIVE);
  } finally {
    // Back in stock even when an assertion failed, so other specs find the menu as seeded.
    await staffPage.request.put(`/api/v1/items/${item.id}/availability`, { data: { available: true } });
    await staffContext.close();
    await customerContext.close();
  }
});

test("a paused outlet shows closed to an open menu at once and refuses orders (409) until reopened", async ({ browser }) => {
  const adminContext = await browser.newContext();
  const customerContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  const admin = account("PLATFORM_ADMIN");
  await signInByRequest(adminPage, admin.email, admin.password);
  const restaurantId = await outletId(adminPage.request, "Forno Rosso Oost");
  const item = await lastItem(adminPage.request, restaurantId);

  try {
    const customerPage = await customerContext.newPage();
    const customer = account("CUSTOMER");
    await signInByRequest(customerPage, customer.email, customer.password);
    await openLive(customerPage, `/r/${restaurantId}`);
    await expect(customerPage.getByTestId("outlet-status")).toContainText("Open");

    await adminPage.goto(`/kitchen/${restaurantId}/availability`);
    await adminPage.getByRole("button", { name: "Pause", exact: true }).click();
    await adminPage.getByLabel("Reason").fill("E2E: oven maintenance");
    await adminPage.getByRole("button", { name: "Pause orders" }).click();
    await expect(adminPage.getByTestId("outlet-declared-status")).toContainText("paused");
    // Staff see which status is on: Pause, not Open.
    await expect(adminPage.getByRole("button", { name: "Pause", exact: true })).toHaveAttribute("aria-pressed", "true");
    await expect(adminPage.getByRole("button", { name: "Open", exact: true })).toHaveAttribute("aria-pressed", "false");

    await expect(customerPage.getByTestId("outlet-status")).toContainText("paused orders", LIVE);
    // The reason is the staff's own note: customers see that orders are paused, not why.
    await expect(customerPage.getByTestId("outlet-status")).not.toContainText("oven maintenance");
    expect(JSON.stringify(await (await customerPage.request.get(`/api/v1/restaurants/${restaurantId}/menu`)).json())).not.toContain("oven maintenance");
    await expect(customerPage.getByRole("button", { name: `Add ${item.name}` })).toBeDisabled();
    const order = await customerPage.request.post("/api/v1/orders", {
      headers: { "Idempotency-Key": `e2e-paused-${randomUUID()}` },
      data: {
        restaurantId,
        items: [{ itemId: item.id, quantity: 1 }],
        delivery: { address: "Prinsengracht 263, Amsterdam", lat: 52.375, lng: 4.884 },
        cardNumber: TEST_CARDS.success,
      },
    });
    expect(order.status()).toBe(409);
    expect(await order.json()).toMatchObject({ code: "restaurant_closed" });

    await adminPage.getByRole("button", { name: "Open", exact: true }).click();
    await expect(adminPage.getByTestId("outlet-declared-status")).toContainText("open");
    await expect(adminPage.getByRole("button", { name: "Open", exact: true })).toHaveAttribute("aria-pressed", "true");
    await expect(customerPage.getByTestId("outlet-status")).toContainText("Open", LIVE);
    await expect(customerPage.getByRole("button", { name: `Add ${item.name}` })).toBeEnabled();
  } finally {
    await adminPage.request.put(`/api/v1/restaurants/${restaurantId}/availability`, { data: { status: "OPEN" } });
    await adminContext.close();
    await customerContext.close();
  }
});

test("staff reach only their own outlet's screens", async ({ page }) => {
  const staff = account("RESTAURANT_STAFF");
  await signInByRequest(page, staff.email, staff.password);
  const own = await outletId(page.request, "Forno Rosso Centrum");
  for (const section of ["availability", "menu", "tables"]) {
    const res = await page.goto(`/kitchen/${own}/${section}`);
    expect(res?.status(), section).toBe(200);
  }
  await expect(page.getByRole("img", { name: "QR code for table T1", exact: true })).toBeVisible();

  const admin = await (await page.request.get("/api/v1/restaurants?limit=50")).json();
  const other = (admin.restaurants as { id: string; name: string }[]).find((r) => r.name === "Forno Rosso Oost")!;
  for (const section of ["availability", "menu", "tables"]) {
    const res = await page.goto(`/kitchen/${other.id}/${section}`);
    expect(res?.status(), section).toBe(403);
  }
  const put = await page.request.put(`/api/v1/restaurants/${other.id}/availability`, { data: { status: "CLOSED", reason: "not mine" } });
  expect(put.status()).toBe(403);
});

test("the menu editor and tables screens change the menu and the table links", async ({ page }) => {
  const admin = account("PLATFORM_ADMIN");
  await signInByRequest(page, admin.email, admin.password);
  const restaurantId = await outletId(page.request, "Stack Burger Leidseplein");
  const suffix = randomUUID().slice(0, 6);

  await page.goto(`/kitchen/${restaurantId}/menu`);
  await page.getByLabel("New category").fill(`E2E ${suffix}`);
  await page.getByRole("button", { name: "Add category" }).click();
  const category = page.getByRole("region", { name: `E2E ${suffix}` });
  await category.getByRole("button", { name: `+ Add item to E2E ${suffix}` }).click();
  await category.getByLabel("Name", { exact: true }).fill(`Test burger ${suffix}`);
  await category.getByLabel("Price (€)").fill("11,50");
  await category.getByRole("button", { name: "Add item", exact: true }).click();
  await expect(category.getByTestId("menu-admin-item")).toContainText(`Test burger ${suffix} · €11.50`);

  const customerMenu = await (await page.request.get(`/api/v1/restaurants/${restaurantId}/menu`)).json();
  const added = (customerMenu.categories as { name: string; items: { id: string; name: string; priceCents: number }[] }[]).find((c) => c.name === `E2E ${suffix}`);
  expect(added?.items).toEqual([expect.objectContaining({ name: `Test burger ${suffix}`, priceCents: 1150 })]);
  // The change log says it in euros and words ("Price: €11.50 → €12.40"), not "priceCents: 1150 → 1240".
  expect((await page.request.patch(`/api/v1/restaurants/${restaurantId}/menu/items/${added!.items[0]!.id}`, { data: { price: 12.4 } })).status()).toBe(200);
  await page.reload();
  await expect(page.getByRole("region", { name: "Recent menu changes" })).toContainText("Edited an item Price: €11.50 → €12.40");

  page.on("dialog", (dialog) => void dialog.accept());
  await category.getByRole("button", { name: "Archive", exact: true }).first().click();
  await expect(page.getByRole("region", { name: `E2E ${suffix}` })).toHaveCount(0);

  await page.goto(`/kitchen/${restaurantId}/tables`);
  await page.getByLabel("Table number").fill(`E${suffix}`);
  await page.getByRole("button", { name: "Add table" }).click();
  const card = page.getByTestId("table-card").filter({ hasText: `Table E${suffix}` });
  await expect(card.getByRole("img", { name: `QR code for table E${suffix}` })).toBeVisible();
  const oldLink = await card.getByTestId("table-link").getAttribute("href");
  expect((await page.request.get(oldLink!)).status()).toBe(200);
  await card.getByRole("button", { name: "New link" }).click();
  await expect(card.getByTestId("table-link")).not.toHaveAttribute("href", oldLink!);
  expect((await page.request.get(oldLink!)).status()).toBe(404);
});
