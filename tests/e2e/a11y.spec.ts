// WCAG 2.2 AA on the main pages of every surface, on the desktop and (tagged @phone) the phone:
// each page's skip link works and axe-core finds nothing serious or critical. Findings are
// collected per page (expect.soft), so one run lists every page's.
import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TABLE_TOKEN } from "@/prisma/seed/demo-accounts";
import { auditPage, blockingFindings } from "./support/audit-page";
import { findOutlet } from "./support/delivery";
import { createOwnAccount } from "./support/own-account";
import { createOwnTable } from "./support/own-table";
import { placePaidOrder, signInOwnCustomer } from "./support/paid-order";
import { signInByRequest } from "./support/sign-in";
import { typeAddress } from "./support/type-address";

const demo = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;

test("the skip link is the first Tab stop and moves focus into the page @phone", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
  // The next Tab goes to the page's first control, past the header.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);
});

test("public pages: home, search, menu, cart, sign-in, sign-up, table tablet @phone", async ({ page }) => {
  const outlet = await findOutlet(page);
  for (const path of ["/", "/search?q=pizza", `/r/${outlet.id}`, "/checkout", "/signin", "/signup", `/t/${DEMO_TABLE_TOKEN}`]) {
    await auditPage(page, path);
  }
});

test("table tablet states: the review step, a sent order with its status, a changed table link @phone", async ({ page }) => {
  // A table of its own: the demo table's 5-a-minute order budget belongs to the ordering specs.
  const table = await createOwnTable();
  await auditPage(page, `/t/${table.token}`);
  await page.getByRole("button", { name: /^Add / }).first().click();
  await page.getByRole("button", { name: "Review order" }).click();
  await expect(page.getByRole("heading", { name: "Check your order" })).toBeFocused();
  expect.soft(await blockingFindings(page), "serious or critical axe findings on the review step").toEqual([]);
  await page.getByRole("button", { name: "Send order to the kitchen" }).click();
  await expect(page.getByTestId("table-order-status").getByRole("listitem")).toHaveCount(1);
  expect.soft(await blockingFindings(page), "serious or critical axe findings on the sent order").toEqual([]);
  await auditPage(page, "/t/a-rotated-table-token");
});

test("customer pages: checkout with a cart, order history, order tracking @phone", async ({ page }) => {
  await signInOwnCustomer(page);
  const orderId = await placePaidOrder(page);
  const outlet = await findOutlet(page);
  await page.goto(`/r/${outlet.id}`);
  await page.getByRole("button", { name: /^Add / }).first().click();
  await expect(page.getByRole("link", { name: "Go to checkout" })).toBeVisible();
  for (const path of ["/checkout", "/orders", `/orders/${orderId}`]) await auditPage(page, path);
});

test("address suggestions shown: home's Deliver to… and checkout's delivery address @phone", async ({ page }) => {
  await page.goto("/");
  await typeAddress(page.getByRole("combobox", { name: "Deliver to an address" }), "damrak 1");
  await expect(page.getByRole("listbox", { name: "Address suggestions" }).getByRole("option").first()).toBeVisible();
  expect.soft(await blockingFindings(page), "serious or critical axe findings with the home suggestions open").toEqual([]);

  await signInOwnCustomer(page);
  const outlet = await findOutlet(page);
  await page.goto(`/r/${outlet.id}`);
  await page.getByRole("button", { name: /^Add / }).first().click();
  await page.getByRole("link", { name: "Go to checkout" }).click();
  await page.getByRole("combobox", { name: "Delivery address" }).fill("prinsengr 2");
  await expect(page.getByRole("listbox", { name: "Address suggestions" }).getByRole("option").first()).toBeVisible();
  expect.soft(await blockingFindings(page), "serious or critical axe findings with the checkout suggestions open").toEqual([]);
});

test("kitchen pages: the screen, availability, menu editor, tables @phone", async ({ page }) => {
  const staff = demo("RESTAURANT_STAFF");
  await signInByRequest(page, staff.email, staff.password);
  const outlet = await findOutlet(page);
  for (const path of ["/kitchen", `/kitchen/${outlet.id}/availability`, `/kitchen/${outlet.id}/menu`, `/kitchen/${outlet.id}/tables`]) {
    await auditPage(page, path);
  }
});

test("driver app @phone", async ({ page }) => {
  // A driver of its own: the demo driver's status belongs to the delivery specs.
  const { email } = await createOwnAccount(DEMO_PASSWORD, "DRIVER");
  await signInByRequest(page, email, DEMO_PASSWORD);
  await auditPage(page, "/driver");
});

test("chain admin pages: live, reports, alert settings, notifications, outbox, an outlet @phone", async ({ page }) => {
  const admin = demo("CHAIN_ADMIN");
  await signInByRequest(page, admin.email, admin.password);
  const outlet = await findOutlet(page);
  for (const path of ["/admin", "/admin/reports", "/admin/alerts", "/admin/notifications", "/admin/outbox", `/admin/outlets/${outlet.id}`]) {
    await auditPage(page, path);
  }
});

test("the audit fails on a serious finding: body text in white on the old brand orange", async ({ page }) => {
  await page.setContent(`<html lang="en"><body><main><h1>Title</h1><p style="color:#fff;background:#d9480f">4.3:1 is below AA</p></main></body></html>`);
  expect((await blockingFindings(page)).join("\n")).toMatch(/^color-contrast \(serious/);
});

test("reduced motion: a fresh kitchen ticket flashes only for people who did not ask for less motion @phone", async ({ page }) => {
  const flashSeconds = () =>
    page.evaluate(() => {
      const ticket = document.createElement("div");
      ticket.className = "kitchen-ticket";
      ticket.dataset.fresh = "";
      document.body.append(ticket);
      const seconds = parseFloat(getComputedStyle(ticket).animationDuration);
      ticket.remove();
      return seconds;
    });
  await page.goto("/");
  expect(await flashSeconds()).toBe(1);
  await page.emulateMedia({ reducedMotion: "reduce" });
  expect(await flashSeconds()).toBeLessThan(0.001);
});
