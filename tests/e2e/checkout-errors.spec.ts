// Issue 15: checkout errors in sight on a phone: announced, scrolled into view, focused,
// and "below the minimum" says by how much.
import { expect, test, type Page } from "@playwright/test";
import { TEST_CARDS } from "@/lib/payments/simulated-provider";
import { findOutlet } from "./support/delivery";
import { signInOwnCustomer } from "./support/paid-order";

test.use({ viewport: { width: 390, height: 844 } });
// The desktop project runs @phone tests too: this one is for the phone's touch screen.
test.skip(({ isMobile }) => !isMobile, "phone journeys");

/** Items of the outlet's menu, cheapest first. */
async function menuItems(page: Page, restaurantId: string) {
  const menu = (await (await page.request.get(`/api/v1/restaurants/${restaurantId}/menu`)).json()) as {
    categories: { items: { id: string; name: string; priceCents: number; available: boolean }[] }[];
  };
  return menu.categories.flatMap((c) => c.items).filter((i) => i.available).sort((a, b) => a.priceCents - b.priceCents);
}

test("a checkout below the minimum says by how much, in view and announced @phone", async ({ page }) => {
  await signInOwnCustomer(page, "Mini Mum");
  const outlet = await findOutlet(page);
  const cheapest = (await menuItems(page, outlet.id))[0]!;
  await page.goto(`/r/${outlet.id}`);
  await page.getByRole("button", { name: `Add ${cheapest.name}` }).click();
  await page.getByRole("link", { name: "Go to checkout" }).click();
  await page.getByLabel("Delivery address").fill("Prinsengracht 263, Amsterdam");
  await page.getByLabel("Card number").fill(TEST_CARDS.success);
  await page.getByRole("button", { name: /^Pay .* and order$/ }).click();

  const error = page.getByRole("alert").filter({ hasText: "minimum" });
  await expect(error).toContainText(/minimum .*€\d+\.\d\d/);
  await expect(error).toBeInViewport();
  await expect(error).toBeFocused();
});
