// Issue 15, addresses: the home page's "Deliver to…" box suggests addresses (combobox, by
// keyboard) and applies the chosen one like "Use my location"; at checkout the typed address
// moves the pin and the pin fills the address, and what is sent is what is shown; the
// customer's instructions reach the driver's job screen.
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { TEST_CARDS } from "@/lib/payments/simulated-provider";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { DEMO_STAFF_OUTLET } from "@/prisma/seed/catalog/chains";
import { CUSTOMER_ADDRESSES } from "@/prisma/seed/catalog/people";
import { findOutlet, offerFor } from "./support/delivery";
import { createOwnAccount } from "./support/own-account";
import { signInOwnCustomer } from "./support/paid-order";
import { signInByRequest } from "./support/sign-in";
import { typeAddress } from "./support/type-address";

interface Suggestion {
  label: string;
  line1: string;
  lat: number;
  lng: number;
}

async function firstSuggestion(page: Page, query: string): Promise<Suggestion> {
  const res = await page.request.get(`/api/v1/geocode/search?q=${encodeURIComponent(query)}`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { suggestions: Suggestion[] }).suggestions[0]!;
}

test("home: Deliver to… suggests addresses by keyboard, and the chosen one shows distance and time on the cards @phone", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("combobox", { name: "Deliver to an address" });
  await typeAddress(box, "damrk 1");
  const list = page.getByRole("listbox", { name: "Address suggestions" });
  await expect(list.getByRole("option").first()).toHaveText("Damrak 1, 1012 Amsterdam");
  await expect(box).toHaveAttribute("aria-expanded", "true");

  // Escape closes the list; Down opens it again and walks it; Up wraps to the last option.
  await box.press("Escape");
  await expect(list).toBeHidden();
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await box.press("ArrowDown");
  await expect(list).toBeVisible();
  await box.press("ArrowDown");
  const first = list.getByRole("option").first();
  await expect(first).toHaveAttribute("aria-selected", "true");
  await expect(box).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id"))!);
  await box.press("ArrowUp");
  await expect(list.getByRole("option").last()).toHaveAttribute("aria-selected", "true");
  await box.press("ArrowDown");
  await box.press("Enter");

  // Applied as the location flow does: remembered, in the URL, distance and time on the cards
  // (the demo staff's outlet is open around the clock, so it has a delivery time).
  const damrak = await firstSuggestion(page, "damrak 1");
  await expect(page.getByTestId("location-label")).toHaveText("Damrak 1");
  await expect(page).toHaveURL(new RegExp(`lat=${damrak.lat.toFixed(5).replace(".", "\\.")}`));
  const card = page.getByTestId("restaurant-card").filter({ hasText: DEMO_STAFF_OUTLET });
  await expect(card.getByText(/^\d+(\.\d)? k?m$/)).toBeVisible();
  await expect(card.getByText(/^\d+ min$/)).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Sort" })).toHaveValue("distance");
});

/** A customer of this test's own at checkout with two of the outlet's first dish (above its minimum). */
async function checkoutAsOwnCustomer(page: Page): Promise<void> {
  await signInOwnCustomer(page);
  const outlet = await findOutlet(page);
  await page.goto(`/r/${outlet.id}`);
  const add = page.getByRole("button", { name: /^Add / });
  await add.first().click();
  await add.first().click();
  await page.getByRole("link", { name: "Go to checkout" }).click();
}

test("checkout: a typed address moves the pin, a tapped or dragged pin fills the address, and the order carries both and the instructions", async ({ page }) => {
  await checkoutAsOwnCustomer(page);
  await expect(page.getByRole("heading", { level: 1, name: "Checkout" })).toBeVisible();

  const address = page.getByRole("combobox", { name: "Delivery address" });
  const picker = page.getByTestId("location-picker");
  const pin = picker.locator(".map-pin-home");
  await expect(pin).toBeVisible();

  // Typed and chosen: the pin moves to it (and the map follows it).
  const prinsengracht = await firstSuggestion(page, "Prinsengracht 20");
  await address.fill("Prinsengr 20");
  await page.getByRole("option", { name: "Prinsengracht 20, 1016 Amsterdam" }).click();
  await expect(address).toHaveValue("Prinsengracht 20, 1016 Amsterdam");
  await expect(page.getByTestId("delivery-place-note")).toContainText("Pin moved to Prinsengracht 20");
  await expect(picker).toHaveAttribute("data-lat", String(prinsengracht.lat));
  await expect(picker).toHaveAttribute("data-lng", String(prinsengracht.lng));
  await expect(pin).toBeInViewport();

  // The map tapped ~200 m down the canal from the pin: the address is filled from the new pin.
  const tip = (await pin.boundingBox())!;
  await page.mouse.click(tip.x + tip.width / 2, tip.y + tip.height + 35);
  await expect(page.getByTestId("delivery-place-note")).toContainText("Address filled in from the pin");
  await expect(picker).not.toHaveAttribute("data-lat", String(prinsengracht.lat));
  await expect(address).not.toHaveValue("Prinsengracht 20, 1016 Amsterdam");
  await expect(address).toHaveValue(/^[A-Z][a-z].* \d+, \d{4} Amsterdam$/);

  // The pin dragged ~120 m up: the address follows it again.
  const tapped = await picker.getAttribute("data-lat");
  const grip = (await pin.boundingBox())!;
  await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
  await page.mouse.down();
  for (let step = 1; step <= 4; step++) await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2 - step * 5);
  await page.mouse.up();
  await expect(picker).not.toHaveAttribute("data-lat", tapped!);
  await expect(page.getByTestId("delivery-place-note")).toContainText("Address filled in from the pin");
  const shown = await address.inputValue();
  const pinShown = [await picker.getAttribute("data-lat"), await picker.getAttribute("data-lng")];

  await page.getByLabel("Instructions for the driver (optional)").fill("3rd floor, green door");
  await page.getByLabel("Card number").fill(TEST_CARDS.success);
  const sent = page.waitForRequest((r) => r.url().endsWith("/api/v1/orders") && r.method() === "POST");
  await page.getByRole("button", { name: /^Pay .* and order$/ }).click();
  const body = (await sent).postDataJSON() as { delivery: { address: string; lat: number; lng: number; instructions?: string } };
  expect(body.delivery.address).toBe(shown);
  expect(body.delivery.instructions).toBe("3rd floor, green door");
  // The point sent is the pin, and the pin is where the shown address is.
  const there = (await (await page.request.get(`/api/v1/geocode/reverse?lat=${body.delivery.lat}&lng=${body.delivery.lng}`)).json()) as { address: Suggestion };
  expect(there.address.label).toBe(shown);
  expect([body.delivery.lat, body.delivery.lng].map(String)).toEqual(pinShown);
  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
});

test("checkout: an address typed without choosing is looked up, and the pin goes there @phone", async ({ page }) => {
  await checkoutAsOwnCustomer(page);
  const rokin = await firstSuggestion(page, "Rokin 50");
  await page.getByRole("combobox", { name: "Delivery address" }).fill("rokin 50");
  await page.getByLabel("Card number").fill(TEST_CARDS.success);
  await expect(page.getByRole("combobox", { name: "Delivery address" })).toHaveValue(rokin.label);
  const sent = page.waitForRequest((r) => r.url().endsWith("/api/v1/orders") && r.method() === "POST");
  await page.getByRole("button", { name: /^Pay .* and order$/ }).click();
  expect((await sent).postDataJSON()).toMatchObject({ delivery: { address: rokin.label, lat: rokin.lat, lng: rokin.lng } });
  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
});

test("the customer's delivery instructions are on the driver's job screen @phone", async ({ browser, context, page: driver }) => {
  test.setTimeout(180_000);
  const password = "own-driver-password-1";
  const { email } = await createOwnAccount(password, "DRIVER");
  const customer = await (await browser.newContext()).newPage();
  await signInOwnCustomer(customer);
  const outlet = await findOutlet(customer);

  // Beside the restaurant: the nearest driver is offered its orders first.
  await context.grantPermissions(["geolocation"]);
  await context.setGeolocation({ latitude: outlet.lat + 0.0005, longitude: outlet.lng + 0.0005 });
  await signInByRequest(driver, email, password);
  await driver.goto("/driver");
  await driver.getByRole("button", { name: "Go online" }).click();
  await expect(driver.getByTestId("driver-notice")).toContainText("Live: sending your position");

  const menu = (await (await customer.request.get(`/api/v1/restaurants/${outlet.id}/menu`)).json()) as {
    categories: { items: { id: string; available: boolean; optionGroups?: { minSelect: number }[] }[] }[];
  };
  const item = menu.categories.flatMap((c) => c.items).find((i) => i.available && !i.optionGroups?.some((g) => g.minSelect > 0))!;
  const address = `Damrak ${randomUUID().slice(0, 4)}, Amsterdam`;
  const instructions = `Ring ${randomUUID().slice(0, 6)}, 3rd floor, leave at the door`;
  const res = await customer.request.post("/api/v1/orders", {
    headers: { "idempotency-key": `e2e-instructions-${randomUUID()}` },
    data: { restaurantId: outlet.id, items: [{ itemId: item.id, quantity: 3 }], delivery: { address, lat: outlet.lat + 0.004, lng: outlet.lng + 0.003, instructions }, cardNumber: TEST_CARDS.success },
  });
  expect(res.status(), await res.text()).toBe(201);
  const { order } = (await res.json()) as { order: { id: string } };
  const kitchen = await (await browser.newContext()).newPage();
  const staff = DEMO_ACCOUNTS.find((a) => a.role === "RESTAURANT_STAFF")!;
  await signInByRequest(kitchen, staff.email, staff.password);
  for (const update of [{ status: "ACCEPTED", prep_minutes: 10 }, { status: "PREPARING" }, { status: "READY" }]) {
    expect((await kitchen.request.post(`/api/v1/orders/${order.id}/status`, { data: update })).status()).toBe(200);
  }

  // The offer (another spec's orders are declined), then the job with the instructions.
  const offer = await offerFor(driver, address);
  await offer.getByRole("button", { name: "Accept" }).click();
  const job = driver.getByTestId("driver-job");
  await expect(job).toContainText(address);
  await expect(driver.getByTestId("job-instructions")).toHaveText(instructions);
});

test("checkout: saved addresses are offered in the address box, the default filled in with its note for the driver", async ({ page }) => {
  const demo = DEMO_ACCOUNTS.find((a) => a.role === "CUSTOMER")!;
  await signInByRequest(page, demo.email, demo.password);
  const outlet = await findOutlet(page);
  await page.goto(`/r/${outlet.id}`);
  await page.getByRole("button", { name: /^Add / }).first().click();
  await page.getByRole("link", { name: "Go to checkout" }).click();

  const [home, work] = CUSTOMER_ADDRESSES;
  const address = page.getByRole("combobox", { name: "Delivery address" });
  const picker = page.getByTestId("location-picker");
  await expect(address).toHaveValue(`${home.line1}, Amsterdam`);
  await expect(picker).toHaveAttribute("data-lat", String(home.lat));
  await expect(page.getByLabel("Instructions for the driver (optional)")).toHaveValue(home.notes!);

  await address.focus();
  const options = page.getByRole("listbox", { name: "Address suggestions" }).getByRole("option");
  await expect(options).toHaveText(CUSTOMER_ADDRESSES.map((a) => `${a.label}: ${a.line1}, Amsterdam`));
  await options.filter({ hasText: work.label }).click();
  await expect(address).toHaveValue(`${work.line1}, Amsterdam`);
  await expect(picker).toHaveAttribute("data-lat", String(work.lat));
  await expect(picker).toHaveAttribute("data-lng", String(work.lng));
});
