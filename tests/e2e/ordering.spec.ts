// The money path as a customer lives it, in Chromium against the production build.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_TABLE_TOKEN } from "@/prisma/seed/demo-accounts";
import { TEST_CARDS } from "@/lib/payments/simulated-provider";
import { signInOwnCustomer } from "./support/paid-order";
import { completeSignUpForm } from "./support/sign-up";

async function fillCartFromSearch(page: Page) {
  await page.goto("/");
  await page.getByRole("combobox", { name: "Search restaurants and dishes" }).fill("piza");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=piza/);
  await page.getByRole("link", { name: "Forno Rosso Centrum" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Forno Rosso Centrum" })).toBeVisible();
  const addButtons = page.getByRole("button", { name: /^Add / });
  await addButtons.nth(0).click();
  await addButtons.nth(1).click();
  await expect(page.getByText("2 in cart")).toBeVisible();
  await page.getByRole("link", { name: "Go to checkout" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Checkout" })).toBeVisible();
}

async function pay(page: Page, card: string) {
  await page.getByLabel("Delivery address").fill("Prinsengracht 263, Amsterdam");
  await page.getByLabel("Card number").fill(card);
  await page.getByRole("button", { name: /^Pay .* and order$/ }).click();
}

test("a guest searches with a typo, fills a cart, signs up and pays @phone", async ({ page }) => {
  await fillCartFromSearch(page);
  // a guest is asked to sign up; the cart survives it
  await page.getByRole("link", { name: "Create account" }).click();
  await completeSignUpForm(page, "Pia Pizza");
  await expect(page).toHaveURL(/\/checkout$/);
  await expect(page.getByText("Forno Rosso Centrum")).toBeVisible();

  await pay(page, TEST_CARDS.success);
  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("order-status")).toHaveText("Paid");
  await expect(page.getByTestId("order-timeline")).toContainText("Placed");
  await expect(page.getByText(/Hand-over code \d{4}/)).toBeVisible();

  // the order is in the history, and nobody else can open it
  const orderUrl = page.url();
  await page.goto("/orders");
  await expect(page.getByRole("link", { name: "Forno Rosso Centrum" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  const stranger = await page.request.get(orderUrl.replace("/orders/", "/api/v1/orders/"));
  expect(stranger.status()).toBe(401);
});

test("a declined card shows why, and the cart stays", async ({ page }) => {
  await signInOwnCustomer(page, "Dee Clined");

  await fillCartFromSearch(page);
  await pay(page, TEST_CARDS.declined);
  await expect(page.getByRole("alert").filter({ hasText: "Payment failed" })).toContainText("Your card was declined");
  await expect(page).toHaveURL(/\/checkout$/);
  await expect(page.getByTestId("checkout-total")).toBeVisible();
  await page.reload();
  await expect(page.getByText("Forno Rosso Centrum")).toBeVisible();
});

test("a diner orders from the table tablet", async ({ page }) => {
  await page.goto(`/t/${DEMO_TABLE_TOKEN}`);
  await expect(page.getByRole("heading", { level: 1, name: "Forno Rosso Centrum" })).toBeVisible();
  await expect(page.getByText("Table T1")).toBeVisible();
  await page.getByRole("button", { name: /^Add / }).first().click();
  await page.getByRole("button", { name: /^Add / }).first().click();
  await expect(page.getByText("2 items")).toBeVisible();
  await page.getByRole("button", { name: "Review order" }).click();
  await page.getByRole("button", { name: "Send order to the kitchen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Order sent to the kitchen" })).toBeVisible();
});

test("an unknown table token is a 404 page", async ({ page }) => {
  const res = await page.goto("/t/not-a-real-token");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "This table link has changed" })).toBeVisible();
});
