// The layout on a phone (390×844, where the defects showed) and on the desktop: a one-row
// header on every surface, maps drawn under it, category jumps and the order page's ETA in
// view. Tagged @phone: the phone project runs them at 390×844, the desktop project as they are.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/prisma/seed/demo-accounts";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { findOutlet } from "./support/delivery";
import { createOwnAccount } from "./support/own-account";
import { placePaidOrder, signInOwnCustomer } from "./support/paid-order";
import { signInByRequest } from "./support/sign-in";

const PHONE = { width: 390, height: 844 };
/** One row of header: a sign-out button and its padding, with room to spare. */
const HEADER_MAX_PX = 64;

test.beforeEach(async ({ page, isMobile }) => {
  if (isMobile) await page.setViewportSize(PHONE);
});

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  expect(b, "laid out").not.toBeNull();
  return b!;
}

/** Whether the topmost thing at the centre of `locator` is part of it: nothing covers it there. */
function topmostAtCentre(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && el.contains(hit);
  });
}

/** Signs in as the demo account of `role`, or, for a driver, as one of the test's own. */
async function signInAs(page: Page, role: "CUSTOMER" | "RESTAURANT_STAFF" | "DRIVER" | "CHAIN_ADMIN") {
  // A driver of its own: the demo driver's status belongs to the delivery specs.
  const account = role === "DRIVER" ? await createOwnAccount(DEMO_PASSWORD, "DRIVER") : DEMO_ACCOUNTS.find((a) => a.role === role)!;
  await signInByRequest(page, account.email, DEMO_PASSWORD);
}

const SURFACES = [
  { role: "CUSTOMER", path: "/orders" },
  { role: "RESTAURANT_STAFF", path: "/kitchen" },
  { role: "DRIVER", path: "/driver" },
  { role: "CHAIN_ADMIN", path: "/admin" },
] as const;

for (const { role, path } of SURFACES) {
  test(`the signed-in header is one compact row on ${path} @phone`, async ({ page, isMobile }) => {
    await signInAs(page, role);
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const header = page.getByRole("banner");
    expect((await box(header)).height).toBeLessThanOrEqual(HEADER_MAX_PX);
    await expect(header.getByRole("button", { name: "Sign out" })).toBeVisible();

    const surfaces = page.getByRole("navigation", { name: "Your surfaces" });
    const menu = header.getByRole("button", { name: "Menu" });
    if (!isMobile) {
      // The desktop keeps its links in the row.
      await expect(menu).toBeHidden();
      await expect(surfaces.getByRole("link").first()).toBeVisible();
      return;
    }
    // On a phone they fold behind a disclosure that opens over the page and closes with Escape.
    await expect(surfaces).toBeHidden();
    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await expect(surfaces.getByRole("link").first()).toBeVisible();
    expect((await box(header)).height, "the open menu does not grow the header").toBeLessThanOrEqual(HEADER_MAX_PX);
    await page.keyboard.press("Escape");
    await expect(surfaces).toBeHidden();
    await expect(menu).toBeFocused();
    await expect(menu).toHaveAttribute("aria-expanded", "false");
  });
}

// The language switcher shares the row with the longest labels Dutch gives it ("Nederlands",
// "Aanmelden"): the header neither wraps nor runs past the screen's edge. Signed in, a phone
// keeps it in the Menu, so the row still has room for the person's name.
for (const signedIn of [false, true]) {
  test(`the header holds the language switcher in one row, ${signedIn ? "signed in" : "signed out"}, in Dutch @phone`, async ({ page, isMobile }) => {
    if (signedIn) await signInAs(page, "CUSTOMER");
    await page.context().addCookies([{ name: LOCALE_COOKIE, value: "nl", url: test.info().project.use.baseURL! }]);
    await page.goto("/");
    const header = page.getByRole("banner");
    await expect(header.getByRole(signedIn ? "button" : "link", { name: signedIn ? "Uitloggen" : "Aanmelden" })).toBeVisible();
    expect((await box(header)).height).toBeLessThanOrEqual(HEADER_MAX_PX);
    const overflow = await header.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow, "nothing in the header runs past its right edge").toBeLessThanOrEqual(0);
    if (signedIn) {
      const name = header.getByText(DEMO_ACCOUNTS.find((a) => a.role === "CUSTOMER")!.name);
      expect((await box(name)).width, "the name is more than a letter").toBeGreaterThan(40);
      if (isMobile) await header.getByRole("button", { name: "Menu" }).click();
    }
    const language = header.getByRole("combobox", { name: "Taal" });
    await expect(language).toBeVisible();
    await language.selectOption("en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
}

test("a map's zoom buttons stay under the sticky header @phone", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Pick on map" }).click();
  const zoomIn = page.getByRole("button", { name: "Zoom in" });
  await expect(zoomIn).toBeVisible();
  const header = await box(page.getByRole("banner"));
  // Scroll the zoom-in button to the middle of the header's height.
  const zoom = await box(zoomIn);
  await page.evaluate((dy) => window.scrollBy(0, dy), zoom.y + zoom.height / 2 - header.height / 2);
  await expect.poll(async () => (await box(zoomIn)).y).toBeLessThan(header.height);
  const onTop = await page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.closest("header, .leaflet-control")?.tagName ?? null,
    { x: zoom.x + zoom.width / 2, y: header.height / 2 },
  );
  expect(onTop, "the header is drawn over the map's controls").toBe("HEADER");
});

test("a category jump shows the section's heading below the sticky header and section bar @phone", async ({ page }) => {
  await page.goto(`/r/${(await findOutlet(page)).id}`);
  const bar = page.getByRole("navigation", { name: "Menu sections" });
  // The second section: there is menu enough after it for its heading to reach the top.
  const jump = bar.getByRole("link").nth(1);
  const name = (await jump.textContent())!.trim();
  await jump.click();
  await expect(page).toHaveURL(/#cat-/);
  const heading = page.getByRole("heading", { level: 2, name, exact: true });
  expect(await page.evaluate(() => window.scrollY), "the page jumped").toBeGreaterThan(0);
  expect(await topmostAtCentre(heading), "nothing sticky covers the heading").toBe(true);
  const barBox = await box(bar);
  expect((await box(heading)).y).toBeGreaterThanOrEqual(barBox.y + barBox.height);
});

test("the order page shows the ETA and the map before the timeline @phone", async ({ page }) => {
  await signInOwnCustomer(page);
  const orderId = await placePaidOrder(page);
  const eta = page.getByTestId("order-eta");
  // The first ETA is the worker's, written just after the order: open the page once it is there.
  await expect(async () => {
    await page.goto(`/orders/${orderId}`);
    await expect(eta).toBeVisible({ timeout: 2_000 });
  }).toPass();
  await expect(eta, "on the first screen, without scrolling").toBeInViewport();
  const map = await box(page.getByRole("region", { name: "Map" }));
  const timeline = await box(page.getByRole("region", { name: "Timeline" }));
  expect(map.y).toBeLessThan(timeline.y);
});
