// Menu options as customers and diners live them (issue 14): a pizza configured in the item
// sheet, paid, and on the kitchen ticket exactly as chosen; a burger with options ordered from
// the table tablet; the sheet used by keyboard alone; an option 86'd while the sheet is open.
// Each test has its own outlet and menu (support/own-option-menu.ts).
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { TEST_CARDS } from "@/lib/payments/simulated-provider";
import { createOptionOutlet } from "./support/own-option-menu";
import { signInByRequest } from "./support/sign-in";
import { signInOwnCustomer } from "./support/paid-order";

const staff = DEMO_ACCOUNTS.find((a) => a.role === "RESTAURANT_STAFF")!;
/** "Within a second" plus room for a loaded CI machine; there are no sleeps to hide behind. */
const LIVE = { timeout: 2000 };

async function staffPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInByRequest(page, staff.email, staff.password);
  return page;
}

/** Opens a menu page and waits until it follows the outlet live. */
async function openLive(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator("[data-live='true']")).toBeVisible();
}

test("a customer configures a pizza (size, two extras, note), pays, and the kitchen ticket shows exactly that", async ({ browser, page }) => {
  const outlet = await createOptionOutlet("Options pizza");
  await signInOwnCustomer(page, "Paola Pizza");
  await openLive(page, `/r/${outlet.id}`);
  const pizzaRow = page.getByTestId("menu-item").filter({ has: page.getByRole("heading", { name: "Margherita" }) });
  await expect(pizzaRow.getByTestId("allergens")).toHaveText("Contains: Cereals containing gluten, Milk.");
  await expect(pizzaRow).toContainText("from €11.00");

  await page.getByRole("button", { name: "Choose Margherita" }).click();
  const sheet = page.getByRole("dialog", { name: "Margherita" });
  await expect(sheet).toBeVisible();
  const size = sheet.getByRole("group", { name: "Size" });
  await expect(size).toContainText("Required: choose 1");
  await expect(size.getByRole("radio", { name: /Medium 30 cm/ })).toBeChecked(); // the default
  await size.getByRole("radio", { name: /Large 35 cm/ }).check();
  const extras = sheet.getByRole("group", { name: "Extras" });
  await expect(extras).toContainText("Optional: choose up to 3");
  await extras.getByRole("checkbox", { name: /Extra mozzarella/ }).check();
  await extras.getByRole("checkbox", { name: /Olives/ }).check();
  await sheet.getByLabel("Note for the kitchen (optional)").fill("no basil");
  // 11.00 + 3.00 + 1.50 + 1.00
  await expect(sheet.getByTestId("sheet-price")).toHaveText("€16.50");
  await sheet.getByRole("button", { name: /^Add to cart/ }).click();
  await expect(sheet).toBeHidden();
  await expect(page.getByRole("button", { name: "Choose Margherita" })).toBeFocused();
  await expect(page.getByText("1 in cart · €16.50")).toBeVisible();

  // The same pizza with other choices is a line of its own.
  await page.getByRole("button", { name: "Choose Margherita" }).click();
  await sheet.getByRole("button", { name: /^Add to cart/ }).click();
  await expect(page.getByText("2 in cart · €27.50")).toBeVisible();

  await page.getByRole("link", { name: "Go to checkout" }).click();
  const lines = page.getByTestId("cart-line");
  await expect(lines).toHaveCount(2);
  const configured = lines.filter({ hasText: "Olives" });
  await expect(configured.getByTestId("line-options")).toHaveText("Large 35 cm, Extra mozzarella, Olives");
  await expect(configured.getByTestId("line-note")).toHaveText("Note: no basil");
  await expect(configured.getByTestId("allergens")).toHaveText("Contains: Cereals containing gluten, Milk.");
  // Only one of the two leaves: the plain one.
  await page.getByRole("button", { name: "One less Margherita (Medium 30 cm)" }).click();
  await expect(lines).toHaveCount(1);

  await page.getByLabel("Note for the kitchen (optional)").fill("Birthday: please cut in 8");
  await page.getByLabel("Delivery address").fill("Prinsengracht 263, Amsterdam");
  await page.getByLabel("Card number").fill(TEST_CARDS.success);
  await page.getByRole("button", { name: /^Pay .* and order$/ }).click();
  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("order-status")).toHaveText("Paid");
  const orderId = page.url().split("/").at(-1)!;
  const orderLine = page.getByTestId("order-line");
  await expect(orderLine).toContainText("1 × Margherita");
  await expect(orderLine.getByTestId("line-options")).toHaveText("Large 35 cm, Extra mozzarella, Olives");
  await expect(orderLine.getByTestId("line-note")).toHaveText("Note: no basil");
  await expect(page.getByTestId("kitchen-note")).toHaveText("Note for the kitchen: Birthday: please cut in 8");

  const kitchen = await staffPage(browser);
  try {
    await kitchen.goto(`/kitchen?restaurant=${outlet.id}`);
    const ticket = kitchen.locator(`[data-order-id='${orderId}']`).filter({ has: kitchen.getByRole("heading") });
    await expect(ticket.getByRole("note")).toHaveText("Kitchen note: Birthday: please cut in 8");
    const line = ticket.getByTestId("kitchen-line");
    await expect(line).toHaveCount(1);
    await expect(line).toContainText("1× Margherita");
    await expect(line.getByRole("term")).toHaveText(["Size", "Extras"]);
    await expect(line.getByRole("definition")).toHaveText(["Large 35 cm", "Extra mozzarella, Olives"]);
    await expect(line.getByText("Note: no basil")).toBeVisible();
  } finally {
    await kitchen.context().close();
  }
});

test("a diner orders a burger with options from the table tablet", async ({ browser, page }) => {
  const outlet = await createOptionOutlet("Options tablet");
  await openLive(page, `/t/${outlet.tableToken}`);
  await expect(page.getByText(`Table ${outlet.tableNumber}`)).toBeVisible();

  await page.getByRole("button", { name: "Choose Smash Burger" }).click();
  const sheet = page.getByRole("dialog", { name: "Smash Burger" });
  await expect(sheet.getByTestId("allergens")).toHaveText("Contains: Cereals containing gluten, Eggs. May contain: Sesame.");
  await expect(sheet.getByRole("group", { name: "Doneness" }).getByRole("radio", { name: "Medium" })).toBeChecked();
  await sheet.getByRole("group", { name: "Doneness" }).getByRole("radio", { name: "Well done" }).check();
  const side = sheet.getByRole("group", { name: "Side" });
  await expect(side.getByRole("radio", { name: "No side" })).toBeChecked();
  await side.getByRole("radio", { name: /Fries/ }).check();
  await sheet.getByLabel("Note for the kitchen (optional)").fill("no pickles");
  await sheet.getByRole("button", { name: "One more" }).click();
  await expect(sheet.getByTestId("sheet-price")).toHaveText("€30.00"); // 2 × (12.50 + 2.50)
  await sheet.getByRole("button", { name: /^Add to order/ }).click();
  await page.getByRole("button", { name: "Add Cola" }).click();
  await expect(page.getByText("3 items · €33.00")).toBeVisible();
  await page.getByRole("button", { name: "Review order" }).click();

  const line = page.getByTestId("kiosk-line").filter({ hasText: "Smash Burger" });
  await expect(line).toContainText("2 × Smash Burger");
  await expect(line.getByTestId("line-options")).toHaveText("Well done, Fries");
  await expect(line.getByTestId("line-note")).toHaveText("Note: no pickles");
  await expect(page.getByTestId("kiosk-total")).toHaveText("3 items · €33.00");
  await page.getByRole("button", { name: "Send order to the kitchen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Order sent to the kitchen" })).toBeVisible();

  // The kitchen has it as chosen.
  const kitchen = await staffPage(browser);
  try {
    const { orders } = (await (await kitchen.request.get(`/api/v1/restaurants/${outlet.id}/orders`)).json()) as {
      orders: { tableNumber: string | null; items: { name: string; quantity: number; notes: string | null; options: { groupName: string; name: string }[] }[] }[];
    };
    const order = orders.find((o) => o.tableNumber === outlet.tableNumber);
    const burger = order?.items.find((i) => i.name === "Smash Burger");
    expect(burger?.quantity).toBe(2);
    expect(burger?.notes).toBe("no pickles");
    expect(burger?.options.map((o) => `${o.groupName}: ${o.name}`)).toEqual(["Doneness: Well done", "Side: Fries"]);
  } finally {
    await kitchen.context().close();
  }
});

test("the item sheet works by keyboard alone and announces the extras limit", async ({ page }) => {
  const outlet = await createOptionOutlet("Options keyboard");
  await openLive(page, `/r/${outlet.id}`);
  const choose = page.getByRole("button", { name: "Choose Margherita" });
  await choose.focus();
  await page.keyboard.press("Enter");
  const sheet = page.getByRole("dialog", { name: "Margherita" });
  await expect(sheet).toBeVisible();

  // Escape closes it and focus goes back to the dish.
  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();
  await expect(choose).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(sheet).toBeVisible();

  // Tab into the size group lands on the chosen radio; arrows move the choice.
  const medium = sheet.getByRole("radio", { name: /Medium 30 cm/ });
  while (!(await medium.evaluate((el) => el === document.activeElement))) await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowDown");
  await expect(sheet.getByRole("radio", { name: /Large 35 cm/ })).toBeChecked();

  // Space ticks extras; at the limit the rest are disabled and the limit is announced.
  await page.keyboard.press("Tab");
  const extras = sheet.getByRole("group", { name: "Extras" });
  for (const name of ["Extra mozzarella", "Olives", "Rocket"]) {
    await expect(extras.getByRole("checkbox", { name: new RegExp(name) })).toBeFocused();
    await page.keyboard.press("Space");
    await page.keyboard.press("Tab");
  }
  await expect(extras.getByText("You chose 3 of 3: remove one to choose another.")).toBeVisible();
  await expect(extras.getByRole("checkbox", { name: /Anchovies/ })).toBeDisabled();

  // On to the note, the quantity and the add button: Enter adds, focus comes back.
  await expect(sheet.getByLabel("Note for the kitchen (optional)")).toBeFocused();
  await page.keyboard.type("well baked");
  // "One less" is disabled at 1: Tab passes it.
  await page.keyboard.press("Tab");
  await expect(sheet.getByRole("button", { name: "One more" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(sheet.getByRole("button", { name: /^Add to cart/ })).toBeFocused();
  await expect(sheet.getByTestId("sheet-price")).toHaveText("€17.70"); // 11 + 3 + 1.50 + 1 + 1.20
  await page.keyboard.press("Enter");
  await expect(sheet).toBeHidden();
  await expect(choose).toBeFocused();
  await expect(page.getByText("1 in cart · €17.70")).toBeVisible();
});

test("an option 86'd while the sheet is open is disabled, and a chosen one is taken off with a message", async ({ browser, page }) => {
  const outlet = await createOptionOutlet("Options live");
  const kitchen = await staffPage(browser);
  try {
    await openLive(page, `/r/${outlet.id}`);
    await page.getByRole("button", { name: "Choose Margherita" }).click();
    const sheet = page.getByRole("dialog", { name: "Margherita" });
    const olives = sheet.getByRole("checkbox", { name: /Olives/ });
    await olives.check();
    await expect(sheet.getByTestId("sheet-price")).toHaveText("€12.00");

    const res = await kitchen.request.put(`/api/v1/options/${outlet.options["Olives"]}/availability`, { data: { available: false } });
    expect(res.status()).toBe(200);

    await expect(olives).toBeDisabled(LIVE);
    await expect(olives).not.toBeChecked();
    await expect(sheet.getByRole("status").filter({ hasText: "Olives is no longer available" })).toBeVisible();
    await expect(sheet.getByTestId("sheet-price")).toHaveText("€11.00");
    await sheet.getByRole("button", { name: /^Add to cart/ }).click();
    await expect(page.getByText("1 in cart · €11.00")).toBeVisible();
  } finally {
    await kitchen.context().close();
  }
});

test("an option 86'd before paying is named in view and announced at checkout, and order again says what it could not put back", async ({ browser, page }) => {
  const outlet = await createOptionOutlet("Options gone");
  await signInOwnCustomer(page, "Gina Gone");
  const addPizzaWithOlives = async () => {
    await page.goto(`/r/${outlet.id}`);
    await page.getByRole("button", { name: "Choose Margherita" }).click();
    const sheet = page.getByRole("dialog", { name: "Margherita" });
    await sheet.getByRole("checkbox", { name: /Olives/ }).check();
    await sheet.getByRole("button", { name: /^Add to cart/ }).click();
    await expect(sheet).toBeHidden();
  };
  const pay = async () => {
    await page.getByLabel("Delivery address").fill("Prinsengracht 263, Amsterdam");
    await page.getByLabel("Card number").fill(TEST_CARDS.success);
    await page.getByRole("button", { name: /^Pay .* and order$/ }).click();
  };

  // A first order: the pizza with olives and a cola.
  await addPizzaWithOlives();
  await page.getByRole("button", { name: "Add Cola" }).click();
  await page.getByRole("link", { name: "Go to checkout" }).click();
  await pay();
  await expect(page.getByTestId("order-status")).toHaveText("Paid");

  // The same again, but the kitchen runs out of olives before the customer pays.
  await addPizzaWithOlives();
  await page.getByRole("link", { name: "Go to checkout" }).click();
  const kitchen = await staffPage(browser);
  try {
    const res = await kitchen.request.put(`/api/v1/options/${outlet.options["Olives"]}/availability`, { data: { available: false } });
    expect(res.status()).toBe(200);
  } finally {
    await kitchen.context().close();
  }
  await pay();
  const error = page.getByRole("alert").filter({ hasText: "Olives" });
  await expect(error).toContainText("Margherita: Olives is no longer available");
  await expect(error).toBeInViewport();
  await expect(error).toBeFocused();
  await expect(page).toHaveURL(/\/checkout$/);

  // Order again: the cola goes back, the pizza with olives is reported, not changed.
  await page.goto("/orders");
  await page.getByRole("button", { name: "Order again" }).click();
  const problems = page.getByTestId("reorder-problems");
  await expect(problems).toContainText("Not everything could go back in your cart:");
  await expect(problems.getByRole("listitem")).toHaveText(["Margherita (Medium 30 cm, Olives): Olives is no longer available"]);
  await problems.getByRole("link", { name: "See your cart on the menu" }).click();
  await expect(page.getByText("1 in cart · €3.00")).toBeVisible();
});
