// One screenshot per surface's main page, per language, per viewport (the project's name):
// docs/screenshots/<page>-<viewport>-<locale>.jpg. The language is chosen by its cookie after
// signing in (the sign-in helper reads English), as a person would with the switcher.
import { expect, test, type Page } from "@playwright/test";
import { LOCALE_COOKIE, LOCALES, type Locale } from "@/lib/i18n/locales";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TABLE_TOKEN } from "@/prisma/seed/demo-accounts";
import { findOutlet } from "../e2e/support/delivery";
import { createOwnAccount } from "../e2e/support/own-account";
import { placePaidOrder, signInOwnCustomer } from "../e2e/support/paid-order";
import { signIn } from "../e2e/support/sign-in";

const demo = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;

async function readIn(page: Page, locale: Locale) {
  await page.context().addCookies([{ name: LOCALE_COOKIE, value: locale, url: test.info().project.use.baseURL! }]);
}

/** Opens `path`, waits for its heading and for the network to settle, and saves the view. */
async function capture(page: Page, name: string, path: string, locale: Locale) {
  await page.goto(path);
  await expect(page.getByRole("main").getByRole("heading", { level: 1 }).first()).toBeVisible();
  // Map tiles and images: a moment to settle, not a condition (live pages never go quiet).
  await page.waitForLoadState("networkidle", { timeout: 5_000 }).catch(() => undefined);
  const file = `docs/screenshots/${name}-${test.info().project.name}-${locale}.jpg`;
  await page.screenshot({ path: file, type: "jpeg", quality: 70 });
}

for (const locale of LOCALES) {
  test(`customer pages (${locale})`, async ({ page }) => {
    await signInOwnCustomer(page);
    const orderId = await placePaidOrder(page);
    await readIn(page, locale);
    const outlet = await findOutlet(page);
    await capture(page, "customer-home", "/", locale);
    await capture(page, "customer-menu", `/r/${outlet.id}`, locale);
    await capture(page, "customer-order", `/orders/${orderId}`, locale);
  });

  test(`table tablet (${locale})`, async ({ page }) => {
    await readIn(page, locale);
    await capture(page, "tablet", `/t/${DEMO_TABLE_TOKEN}`, locale);
  });

  test(`kitchen screen (${locale})`, async ({ page }) => {
    await signInOwnCustomer(page);
    await placePaidOrder(page);
    await page.context().clearCookies();
    const staff = demo("RESTAURANT_STAFF");
    await signIn(page, staff.email, staff.password);
    await readIn(page, locale);
    await capture(page, "kitchen", "/kitchen", locale);
  });

  test(`driver app (${locale})`, async ({ page }) => {
    const { email } = await createOwnAccount(DEMO_PASSWORD, "DRIVER");
    await signIn(page, email, DEMO_PASSWORD);
    await readIn(page, locale);
    await capture(page, "driver", "/driver", locale);
  });

  test(`chain admin (${locale})`, async ({ page }) => {
    const admin = demo("CHAIN_ADMIN");
    await signIn(page, admin.email, admin.password);
    await readIn(page, locale);
    await capture(page, "admin", "/admin", locale);
  });
}
