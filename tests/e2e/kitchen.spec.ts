// The kitchen screen live: a customer orders, the ticket appears on the staff member's screen
// without a reload, and each tap in the kitchen shows on the customer's order page.
import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { TEST_CARDS } from "@/lib/payments/simulated-provider";
import { tabTo } from "./support/keyboard";
import { signInByRequest } from "./support/sign-in";
import { signInOwnCustomer } from "./support/paid-order";

const OUTLET = "Forno Rosso Centrum";
const staff = DEMO_ACCOUNTS.find((a) => a.role === "RESTAURANT_STAFF")!;

async function newPage(browser: Browser) {
  const context = await browser.newContext();
  return context.newPage();
}

async function outletId(page: Page): Promise<string> {
  const { restaurants } = (await (await page.request.get("/api/v1/restaurants?limit=100")).json()) as { restaurants: { id: string; name: string }[] };
  const outlet = restaurants.find((r) => r.name === OUTLET);
  expect(outlet, OUTLET).toBeTruthy();
  return outlet!.id;
}

/** Places a paid web order through the API, as the checkout page does. */
async function placeOrder(page: Page, restaurantId: string): Promise<string> {
  const menu = (await (await page.request.get(`/api/v1/restaurants/${restaurantId}/menu`)).json()) as {
    categories: { items: { id: string; available: boolean; optionGroups?: { minSelect: number }[] }[] }[];
  };
  // A dish with nothing to choose: this test is about the kitchen, not about options.
  const item = menu.categories.flatMap((c) => c.items).find((i) => i.available && !i.optionGroups?.some((g) => g.minSelect > 0));
  expect(item).toBeTruthy();
  const res = await page.request.post("/api/v1/orders", {
    headers: { "idempotency-key": `e2e-kitchen-${randomUUID()}` },
    data: {
      restaurantId,
      items: [{ itemId: item!.id, quantity: 2 }],
      delivery: { address: "Prinsengracht 263, Amsterdam", lat: 52.37, lng: 4.89 },
      cardNumber: TEST_CARDS.success,
    },
  });
  expect(res.status()).toBe(201);
  const { order } = (await res.json()) as { order: { id: string; status: string } };
  expect(order.status).toBe("PAID");
  return order.id;
}

test("a new order appears on the kitchen screen live, and each kitchen step shows on the customer's page", async ({ browser }) => {
  const kitchen = await newPage(browser);
  await signInByRequest(kitchen, staff.email, staff.password);
  await kitchen.goto("/kitchen");
  await expect(kitchen.getByRole("heading", { level: 1, name: "Kitchen" })).toBeVisible();
  await expect(kitchen.getByText(OUTLET).first()).toBeVisible();
  await expect(kitchen.getByTestId("kitchen-connection")).toHaveText("Live");

  const customer = await newPage(browser);
  await signInOwnCustomer(customer, "Kees Keuken");
  const orderId = await placeOrder(customer, await outletId(customer));
  await customer.goto(`/orders/${orderId}`);
  await expect(customer.getByTestId("order-status")).toHaveText("Paid");

  // No reload: the ticket arrives over the socket.
  const ticket = (column: string) => kitchen.locator(`[data-column="${column}"] [data-order-id="${orderId}"]`);
  await expect(ticket("new")).toBeVisible();
  // Announced as well as shown: the screen's polite live region names the new order.
  await expect(kitchen.getByTestId("kitchen-announcement")).toHaveText(/new orders?: .*for Kees, 2 items/i);
  await expect(kitchen.getByTestId("kitchen-announcement")).toHaveAttribute("aria-live", "polite");
  await expect(customer.getByTestId("order-status-announcement")).toHaveText("");
  await expect(ticket("new")).toContainText("2×");
  await expect(ticket("new").getByRole("timer")).toHaveText(/^Waiting \d+:\d\d$/);

  await ticket("new").getByRole("button", { name: "Accept" }).click();
  await ticket("new").getByRole("button", { name: "15 min" }).click();
  await expect(ticket("accepted")).toBeVisible();
  await expect(ticket("accepted").getByRole("timer")).toHaveText(/^1[45]:\d\d left$/);
  await expect(customer.getByTestId("order-status")).toHaveText("Accepted");
  // The customer's page says it out loud too (a polite live region), not only in the heading.
  await expect(customer.getByTestId("order-status-announcement")).toHaveText("Order status: Accepted. The restaurant accepted your order.");

  await ticket("accepted").getByRole("button", { name: "Start preparing" }).click();
  await expect(customer.getByTestId("order-status")).toHaveText("Preparing");
  await ticket("preparing").getByRole("button", { name: "Mark ready" }).click();
  await expect(ticket("ready")).toContainText("Waiting for the driver");
  await expect(customer.getByTestId("order-status")).toHaveText("Ready");
  // A delivery is finished by its driver: the kitchen has no "Served" for it.
  await expect(ticket("ready").getByRole("button", { name: "Served" })).toHaveCount(0);
});

test("the kitchen rejects an order with a reason, and the customer sees it", async ({ browser }) => {
  const kitchen = await newPage(browser);
  await signInByRequest(kitchen, staff.email, staff.password);
  await kitchen.goto("/kitchen");
  await expect(kitchen.getByTestId("kitchen-connection")).toHaveText("Live");

  const customer = await newPage(browser);
  await signInOwnCustomer(customer, "Kees Keuken");
  const orderId = await placeOrder(customer, await outletId(customer));
  await customer.goto(`/orders/${orderId}`);

  const ticket = kitchen.locator(`[data-column="new"] [data-order-id="${orderId}"]`);
  await ticket.getByRole("button", { name: "Reject" }).click();
  await ticket.getByLabel("Other reason").check();
  await ticket.getByRole("button", { name: "Reject order" }).click();
  await expect(ticket.getByRole("alert")).toContainText("at least 3 characters");
  await ticket.getByLabel("Reason", { exact: true }).fill("Pizza oven is down");
  await ticket.getByRole("button", { name: "Reject order" }).click();
  await expect(ticket).toHaveCount(0);
  await expect(customer.getByTestId("order-status")).toHaveText("Rejected");
  // The reason reaches the customer live, and stays after a reload.
  await expect(customer.getByTestId("order-end-reason")).toContainText("Pizza oven is down");
  await customer.reload();
  await expect(customer.getByTestId("order-end-reason")).toContainText("Pizza oven is down");
  await kitchen.getByText(/Finished recently/).click();
  await expect(kitchen.locator(`.kitchen-finished [data-order-id="${orderId}"]`)).toContainText("Pizza oven is down");
});

test("the kitchen API: 401 signed out, 403 for a customer and for another outlet, 400 and 409 for staff", async ({ browser, request }) => {
  const customer = await newPage(browser);
  await signInOwnCustomer(customer, "Kees Keuken");
  const restaurantId = await outletId(customer);
  const orderId = await placeOrder(customer, restaurantId);
  const queue = `/api/v1/restaurants/${restaurantId}/orders`;
  const status = `/api/v1/orders/${orderId}/status`;

  expect((await request.get(queue)).status()).toBe(401);
  const signedOut = await request.post(status, { data: { status: "ACCEPTED", prep_minutes: 15 } });
  expect(signedOut.status()).toBe(401);
  expect(await signedOut.json()).toMatchObject({ error: "Sign in required" });

  const refused = await customer.request.get(queue);
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toMatchObject({ error: "You are not allowed to do this", code: "forbidden" });
  expect((await customer.request.post(status, { data: { status: "ACCEPTED", prep_minutes: 15 } })).status()).toBe(403);

  const kitchen = await newPage(browser);
  await signInByRequest(kitchen, staff.email, staff.password);
  const own = await kitchen.request.get(`${queue}?status=PAID,ACCEPTED`);
  expect(own.status()).toBe(200);
  const body = (await own.json()) as { orders: { id: string; status: string; customerName: string | null }[]; cursor: string };
  expect(body.cursor).toMatch(/^\d+$/);
  expect(body.orders.find((o) => o.id === orderId)).toMatchObject({ status: "PAID", customerName: "Kees" });

  const { restaurants } = (await (await kitchen.request.get("/api/v1/restaurants?limit=100")).json()) as { restaurants: { id: string; name: string }[] };
  const elsewhere = restaurants.find((r) => r.name !== OUTLET)!;
  expect((await kitchen.request.get(`/api/v1/restaurants/${elsewhere.id}/orders`)).status()).toBe(403);

  expect((await kitchen.request.get(`${queue}?status=COOKING`)).status()).toBe(400);
  const noPrepTime = await kitchen.request.post(status, { data: { status: "ACCEPTED" } });
  expect(noPrepTime.status()).toBe(400);
  expect(await noPrepTime.json()).toMatchObject({ error: "Invalid request", details: [{ path: "prep_minutes" }] });
  const skipped = await kitchen.request.post(status, { data: { status: "READY" } });
  expect(skipped.status()).toBe(409);
  expect(await skipped.json()).toMatchObject({ code: "illegal_transition" });

  const accepted = await kitchen.request.post(status, { data: { status: "ACCEPTED", prep_minutes: 20 } });
  expect(accepted.status()).toBe(200);
  expect((await accepted.json()).order).toMatchObject({ id: orderId, status: "ACCEPTED", prepMinutes: 20 });
  expect((await kitchen.request.post(status, { data: { status: "ACCEPTED", prep_minutes: 20 } })).status()).toBe(409);
});

test("the kitchen accepts, prepares and readies an order by keyboard alone", async ({ browser }) => {
  const kitchen = await newPage(browser);
  await signInByRequest(kitchen, staff.email, staff.password);
  const customer = await newPage(browser);
  await signInOwnCustomer(customer, "Kim Keyboard");
  const orderId = await placeOrder(customer, await outletId(customer));
  await kitchen.goto("/kitchen");
  await expect(kitchen.getByTestId("kitchen-connection")).toHaveText("Live");
  const ticket = (column: string) => kitchen.locator(`[data-column="${column}"] [data-order-id="${orderId}"]`);
  await expect(ticket("new")).toBeVisible();

  // Every tap of the screen, done with Tab and Enter/Space: the kitchen may have other tickets
  // (other specs' orders), so the way there can be long.
  const far = { max: 400 };
  await tabTo(kitchen, ticket("new").getByRole("button", { name: "Accept" }), far);
  await kitchen.keyboard.press("Enter");
  await tabTo(kitchen, ticket("new").getByRole("button", { name: "15 min" }), far);
  await kitchen.keyboard.press("Space");
  await expect(ticket("accepted")).toBeVisible();
  await tabTo(kitchen, ticket("accepted").getByRole("button", { name: "Start preparing" }), far);
  await kitchen.keyboard.press("Enter");
  await expect(ticket("preparing")).toBeVisible();
  await tabTo(kitchen, ticket("preparing").getByRole("button", { name: "Mark ready" }), far);
  await kitchen.keyboard.press("Enter");
  await expect(ticket("ready")).toContainText("Waiting for the driver");
});
