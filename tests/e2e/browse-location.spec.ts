// Issue 15: browsing near me. After "Use my location" the sort control says what the list
// is sorted by and keeps it on the next filter change; a remembered location is applied.
import { expect, test } from "@playwright/test";
import { DEMO_STAFF_OUTLET } from "@/prisma/seed/catalog/chains";

const DESKTOP = { width: 1366, height: 900 };
test.use({ viewport: DESKTOP });

test("after Use my location the list is by distance, the control says so, and a filter change keeps it", async ({ browser }) => {
  const context = await browser.newContext({ viewport: DESKTOP, permissions: ["geolocation"], geolocation: { latitude: 52.3731, longitude: 4.8926 } });
  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("button", { name: "Use my location" }).click();
  await expect(page).toHaveURL(/lat=52\.37310/);
  const sort = page.getByRole("combobox", { name: "Sort" });
  await expect(sort).toHaveValue("distance");
  await page.getByRole("combobox", { name: "Price" }).selectOption("3");
  await expect(page).toHaveURL(/price=3/);
  await expect(page).toHaveURL(/sort=distance/);
  await expect(sort).toHaveValue("distance");

  // The location is remembered: a new visit applies it (distance and delivery time on the cards).
  // A closed outlet shows no delivery time, so the card checked is one open at any hour
  // (the seed keeps the demo staff's outlet open around the clock); the nearest may be closed.
  await page.goto("/");
  await expect(page.getByTestId("location-label")).toHaveText("Current location");
  await expect(page).toHaveURL(/lat=52\.37310/);
  const card = page.getByTestId("restaurant-card").filter({ hasText: DEMO_STAFF_OUTLET });
  await expect(card.getByText(/^\d+(\.\d)? k?m$/)).toBeVisible();
  await expect(card.getByText(/^\d+ min$/)).toBeVisible();
  await context.close();
});
