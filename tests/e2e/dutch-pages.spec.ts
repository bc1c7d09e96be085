// Every page of every surface in Dutch (issue 15): no piece of the English catalogue left in
// its text, accessible names or placeholders (tests/e2e/support/english-left.ts), the page
// declared `lang="nl"`, and axe-core still clean with the longer Dutch words. Signed-in pages
// sign in first (the sign-in helpers read English) and then choose Dutch by its cookie.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TABLE_TOKEN } from "@/prisma/seed/demo-accounts";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { blockingFindings } from "./support/audit-page";
import { findOutlet } from "./support/delivery";
import { englishLeft } from "./support/english-left";
import { createOwnAccount } from "./support/own-account";
import { placePaidOrder, signInOwnCustomer } from "./support/paid-order";
import { signInByRequest } from "./support/sign-in";

const demo = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;

async function readInDutch(page: Page) {
  const { origin } = new URL(page.url() === "about:blank" ? test.info().project.use.baseURL! : page.url());
  await page.context().addCookies([{ name: LOCALE_COOKIE, value: "nl", url: origin }]);
}

/** Opens `path` in Dutch and lists what is still English there (soft: one run names every page's). */
async function expectDutch(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page.getByRole("main").getByRole("heading", { level: 1 }).first()).toBeVisible();
  expect.soft(await englishLeft(page), `English left on ${path}`).toEqual([]);
  expect.soft(await blockingFindings(page), `serious or critical axe findings on ${path} in Dutch`).toEqual([]);
}

test("public pages in Dutch: home, search, menu, cart, sign-in, sign-up, table tablet @phone", async ({ page }) => {
  await readInDutch(page);
  const outlet = await findOutlet(page);
  for (const path of ["/", "/search?q=pizza", `/r/${outlet.id}`, "/checkout", "/signin", "/signup", `/t/${DEMO_TABLE_TOKEN}`, "/t/a-rotated-table-token"]) {
    await expectDutch(page, path);
  }
});

test("customer pages in Dutch: checkout with a cart, order history, order tracking @phone", async ({ page }) => {
  await signInOwnCustomer(page);
  const orderId = await placePaidOrder(page);
  await readInDutch(page);
  for (const path of ["/orders", `/orders/${orderId}`]) await expectDutch(page, path);
});

test("kitchen pages in Dutch: the screen, availability, menu editor, tables @phone", async ({ page }) => {
  const staff = demo("RESTAURANT_STAFF");
  await signInByRequest(page, staff.email, staff.password);
  await readInDutch(page);
  const outlet = await findOutlet(page);
  for (const path of ["/kitchen", `/kitchen/${outlet.id}/availability`, `/kitchen/${outlet.id}/menu`, `/kitchen/${outlet.id}/tables`]) {
    await expectDutch(page, path);
  }
});

test("driver app in Dutch @phone", async ({ page }) => {
  const { email } = await createOwnAccount(DEMO_PASSWORD, "DRIVER");
  await signInByRequest(page, email, DEMO_PASSWORD);
  await readInDutch(page);
  await expectDutch(page, "/driver");
});

test("chain admin pages in Dutch: live, reports, alert settings, notifications, outbox, an outlet @phone", async ({ page }) => {
  const admin = demo("CHAIN_ADMIN");
  await signInByRequest(page, admin.email, admin.password);
  await readInDutch(page);
  const outlet = await findOutlet(page);
  for (const path of ["/admin", "/admin/reports", "/admin/alerts", "/admin/notifications", "/admin/outbox", `/admin/outlets/${outlet.id}`]) {
    await expectDutch(page, path);
  }
});
