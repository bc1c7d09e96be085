// A whole order in Dutch (issue 15): from the home page through a menu and the checkout to the
// order page, every page in Dutch (no English catalogue text left, html lang="nl") and money in
// the Dutch format. The customer signs in first, then chooses Dutch by its cookie; from there
// every element is found by its Dutch name.
import { expect, test, type Page } from "@playwright/test";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { TEST_CARDS } from "@/lib/payments/simulated-provider";
import { OUTLET } from "./support/delivery";
import { englishLeft } from "./support/english-left";
import { signInOwnCustomer } from "./support/paid-order";

/** The page is Dutch: declared so, and no piece of the English catalogue on it (soft: one run names every page's). */
async function expectDutch(page: Page, where: string) {
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  expect.soft(await englishLeft(page), `English left on ${where}`).toEqual([]);
}

test("a Dutch customer orders from the home page to the order page @phone", async ({ page, baseURL }) => {
  await signInOwnCustomer(page);
  await page.context().addCookies([{ name: LOCALE_COOKIE, value: "nl", url: baseURL! }]);

  await page.goto("/");
  await expect(page.getByTestId("restaurant-card").first()).toBeVisible();
  await expectDutch(page, "the home page");

  await page.getByTestId("restaurant-card").filter({ hasText: OUTLET }).first().getByRole("link", { name: OUTLET }).click();
  await expect(page.getByRole("heading", { level: 1, name: OUTLET })).toBeVisible();
  await expect(page.getByTestId("outlet-status")).toContainText("klaar in ongeveer");
  await expectDutch(page, "the menu");

  // Two dishes with nothing to choose: over the outlet's minimum, as the English journey does.
  const addButtons = page.getByRole("button", { name: / toevoegen$/ });
  await addButtons.nth(0).click();
  await addButtons.nth(1).click();
  await expect(page.getByText(/^2 in je mand · €\s?\d+,\d\d$/)).toBeVisible();
  await expectDutch(page, "the menu with a cart");
  await page.getByRole("link", { name: "Naar afrekenen" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Afrekenen" })).toBeVisible();
  await expect(page.getByTestId("checkout-total")).toHaveText(/^€\s?\d+,\d\d$/);
  await page.getByLabel("Bezorgadres").fill("Prinsengracht 263, Amsterdam");
  await page.getByLabel("Kaartnummer").fill(TEST_CARDS.success);
  await expectDutch(page, "the checkout");
  await page.getByRole("button", { name: /^Betaal €\s?\d+,\d\d en bestel$/ }).click();

  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("order-status")).toHaveText("Betaald");
  await expect(page.getByTestId("order-timeline")).toContainText("Geplaatst");
  await expect(page.getByText(/^Overdrachtscode \d{4}$/)).toBeVisible();
  await expectDutch(page, "the order page");
});
