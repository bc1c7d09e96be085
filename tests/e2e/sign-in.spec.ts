import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { signIn } from "./support/sign-in";

const HEADINGS: Record<string, string | RegExp> = {
  "/": "Restaurants near you",
  "/kitchen": "Kitchen",
  // The driver app greets the driver by first name.
  "/driver": /^Hi \S+/,
  "/admin": "Chain overview",
};

for (const account of DEMO_ACCOUNTS) {
  test(`${account.role} signs in and lands on ${account.landing} @phone`, async ({ page }) => {
    await signIn(page, account.email, account.password);
    await expect(page).toHaveURL(new RegExp(`${account.landing === "/" ? "/$" : account.landing}`));
    await expect(page.getByRole("heading", { level: 1, name: HEADINGS[account.landing] })).toBeVisible();
    await expect(page.getByText(account.name).first()).toBeVisible();
  });
}

test("a wrong password is refused with a clear message", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(DEMO_ACCOUNTS[0]!.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  // (Next.js's route announcer is an alert too: pick ours by its text.)
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
});

test("signing out ends the session", async ({ page }) => {
  const customer = DEMO_ACCOUNTS.find((a) => a.role === "CUSTOMER")!;
  await signIn(page, customer.email, customer.password);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  expect((await page.request.get("/api/v1/me")).status()).toBe(401);
});

test("a new customer signs up and is signed in", async ({ page }) => {
  const email = `new-${Date.now()}@example.test`;
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Nora Newcomer");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a-long-password-1");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(page.getByText("Nora Newcomer").first()).toBeVisible();
  const me = await (await page.request.get("/api/v1/me")).json();
  expect(me.user).toMatchObject({ email, role: "CUSTOMER" });
});

test("sign-up with a taken email or a short password says why", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Dup");
  await page.getByLabel("Email").fill(DEMO_ACCOUNTS[0]!.email);
  await page.getByLabel("Password").fill("a-long-password-1");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "already exists" })).toBeVisible();

  await page.getByLabel("Email").fill(`short-${Date.now()}@example.test`);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 10 characters")).toBeVisible();
});
