import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { AFTER_PASSWORD, signIn } from "./support/sign-in";
import { createOwnAccount } from "./support/own-account";
import { completeSignUpForm, signUpLinkFor } from "./support/sign-up";

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
  const { email } = await createOwnAccount("the-right-password-1");
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  // (Next.js's route announcer is an alert too: pick ours by its text.)
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password" })).toBeVisible(AFTER_PASSWORD);
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
});

test("signing out revokes the session: the old cookie no longer works", async ({ page, playwright, baseURL }) => {
  const customer = DEMO_ACCOUNTS.find((a) => a.role === "CUSTOMER")!;
  await signIn(page, customer.email, customer.password);
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const replay = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie } });
  expect((await replay.get("/api/v1/me")).status()).toBe(200);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  expect((await page.request.get("/api/v1/me")).status()).toBe(401);
  // Someone who copied the cookie before sign-out gets nothing with it.
  const stolen = await replay.get("/api/v1/me");
  expect(stolen.status()).toBe(401);
  expect(await stolen.json()).toMatchObject({ error: "Sign in required" });
  await replay.dispose();
});

test("a new customer signs up with the emailed link and is signed in", async ({ page }) => {
  await page.goto("/signup");
  const email = await completeSignUpForm(page, "Nora Newcomer");
  await expect(page.getByText("Nora Newcomer").first()).toBeVisible();
  const me = await (await page.request.get("/api/v1/me")).json();
  expect(me.user).toMatchObject({ email, role: "CUSTOMER" });
  // The link works once.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto(await signUpLinkFor(email));
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "expired or was already used" })).toBeVisible(AFTER_PASSWORD);
});

test("sign-up answers a registered email like any other; a short password says why", async ({ page }) => {
  // A registered address of the test's own: sign-ups per address are limited (3 an hour), so a
  // demo address shared with other tests and retries of the run would run out.
  const { email: registered } = await createOwnAccount("the-right-password-1");
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Dup");
  await page.getByLabel("Email").fill(registered);
  await page.getByLabel("Password").fill("a-long-password-1");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  await expect(page.getByText("already exists")).toHaveCount(0);

  await page.goto("/signup");
  await page.getByLabel("Email").fill(`short-${Date.now()}@example.test`);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 10 characters")).toBeVisible();
});

for (const [label, callbackUrl] of [
  ["TAB", "%2F%09%2Fevil.example"],
  ["CR/LF", "%2F%0D%0A%2Fevil.example"],
  ["a backslash", "%2F%5Cevil.example"],
  ["an absolute URL", "https%3A%2F%2Fevil.example%2F"],
] as const) {
  test(`a callbackUrl with ${label} lands on a same-origin page`, async ({ page, baseURL }) => {
    const staff = DEMO_ACCOUNTS.find((a) => a.role === "RESTAURANT_STAFF")!;
    // Signing in through the form with it...
    const response = await page.goto(`/signin?callbackUrl=${callbackUrl}`);
    expect(response?.status()).toBe(200);
    await signIn(page, staff.email, staff.password, `/signin?callbackUrl=${callbackUrl}`);
    await expect(page).toHaveURL(`${baseURL}${staff.landing}`);
    // ...and visiting it while signed in.
    const again = await page.goto(`/signin?callbackUrl=${callbackUrl}`);
    expect(again?.status()).toBe(200);
    expect(new URL(page.url()).origin).toBe(baseURL);
    await expect(page).toHaveURL(`${baseURL}${staff.landing}`);
  });
}

test("the sign-in endpoint answers 429 + Retry-After after repeated wrong passwords for one account", async ({ request }) => {
  const email = `locked-${Date.now()}@example.test`;
  const attempt = async () => {
    const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
    return request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password: "wrong-password", json: "true" } });
  };
  const statuses: number[] = [];
  let refused;
  for (let i = 0; i < 20 && !refused; i++) {
    const res = await attempt();
    statuses.push(res.status());
    if (res.status() === 429) refused = res;
  }
  expect(statuses.slice(0, -1).every((s) => s === 401)).toBe(true);
  expect(refused?.status()).toBe(429);
  expect(Number(refused?.headers()["retry-after"])).toBeGreaterThan(0);
  expect(await refused?.json()).toMatchObject({ code: "rate_limited" });
});
