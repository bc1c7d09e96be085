// A whole checkout by keyboard alone (issue 15): from a restaurant's menu to the order page with
// Tab, Shift+Tab, Enter, Space and the arrow keys, every stop showing where focus is.
import { expect, test } from "@playwright/test";
import { TEST_CARDS } from "@/lib/payments/simulated-provider";
import { findOutlet } from "./support/delivery";
import { tabTo } from "./support/keyboard";
import { signInOwnCustomer } from "./support/paid-order";

test("a customer orders from a menu to the order page by keyboard only @phone", async ({ page }) => {
  await signInOwnCustomer(page);
  const outlet = await findOutlet(page);
  await page.goto(`/r/${outlet.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  // Two of a dish with nothing to choose (over the outlet's minimum): Enter, then Space.
  const add = page.getByRole("button", { name: /^Add / }).first();
  await tabTo(page, add);
  await page.keyboard.press("Enter");
  await expect(page.getByText("1 in cart")).toBeVisible();
  await expect(add).toBeFocused();
  await page.keyboard.press("Space");
  await expect(page.getByText("2 in cart")).toBeVisible();

  await tabTo(page, page.getByRole("link", { name: "Go to checkout" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Checkout" })).toBeVisible();

  const address = page.getByLabel("Delivery address");
  await tabTo(page, address);
  await page.keyboard.type("Prinsengracht 263, Amsterdam");
  // The tip by arrow keys: into the group, then the next choice.
  const tips = page.getByRole("group", { name: "Tip" }).getByRole("radio");
  const chosen = await tips.evaluateAll((radios) => radios.findIndex((r) => (r as HTMLInputElement).checked));
  await tabTo(page, tips.nth(chosen));
  await page.keyboard.press("ArrowRight");
  await expect(tips.nth((chosen + 1) % (await tips.count()))).toBeChecked();
  await tabTo(page, page.getByLabel("Card number"));
  await page.keyboard.type(TEST_CARDS.success);
  // Back one stop and forward again: Shift+Tab leaves the field, Tab returns to it.
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByLabel("Card number")).not.toBeFocused();
  await tabTo(page, page.getByLabel("Card number"));
  await tabTo(page, page.getByRole("button", { name: /^Pay .* and order$/ }));
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("order-status")).toHaveText("Paid");
});
