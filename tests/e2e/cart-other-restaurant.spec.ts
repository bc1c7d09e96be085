// Issue 15: a dish from another restaurant no longer empties the cart silently: the
// customer is asked (keep the cart / start a new one) in an accessible dialog.
import { expect, test } from "@playwright/test";
import { OUTLET } from "./support/delivery";

test.use({ viewport: { width: 1366, height: 900 } });

test("adding a dish from another restaurant asks before it empties the cart", async ({ page }) => {
  await page.goto("/");
  const { restaurants } = (await (await page.request.get("/api/v1/restaurants?limit=100")).json()) as {
    restaurants: { id: string; name: string; open: boolean }[];
  };
  const open = restaurants.filter((r) => r.open);
  const first = open.find((r) => r.name === OUTLET)!;
  const other = open.find((r) => r.id !== first.id)!;
  await page.goto(`/r/${first.id}`);
  await page.getByRole("button", { name: /^Add / }).first().click();
  await expect(page.getByText("1 in cart")).toBeVisible();

  await page.goto(`/r/${other.id}`);
  const add = page.getByRole("button", { name: /^Add / }).first();
  await add.click();
  const dialog = page.getByRole("dialog", { name: /Start a new cart/ });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(OUTLET);
  // Keeping it is the safe answer: the first cart stays, focus returns to the button.
  await dialog.getByRole("button", { name: /Keep/ }).click();
  await expect(dialog).toBeHidden();
  await expect(add).toBeFocused();
  await page.goto("/checkout");
  await expect(page.getByRole("heading", { name: OUTLET })).toBeVisible();

  await page.goto(`/r/${other.id}`);
  await page.getByRole("button", { name: /^Add / }).first().click();
  await page.getByRole("dialog").getByRole("button", { name: "Start a new cart" }).click();
  await expect(page.getByText("1 in cart")).toBeVisible();
  await page.goto("/checkout");
  await expect(page.getByRole("heading", { name: other.name })).toBeVisible();
});
