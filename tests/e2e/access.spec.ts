// Every surface checks role and scope on the server: pages answer with a sign-in redirect
// or the 403 page, APIs with 401 (signed out) or 403 (wrong role).
import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { AFTER_PASSWORD, signInByRequest } from "./support/sign-in";

const account = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;

test("a signed-out visitor is sent to sign in, then back to the page they wanted", async ({ page }) => {
  await page.goto("/kitchen");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fkitchen/);
  const staff = account("RESTAURANT_STAFF");
  await page.getByLabel("Email").fill(staff.email);
  await page.getByLabel("Password").fill(staff.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/kitchen$/, AFTER_PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: "Kitchen" })).toBeVisible();
});

test("a customer is refused the kitchen, driver and admin surfaces", async ({ page }) => {
  const customer = account("CUSTOMER");
  await signInByRequest(page, customer.email, customer.password);
  for (const path of ["/kitchen", "/driver", "/admin"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "Access denied" })).toBeVisible();
  }
  // and the header offers only what a customer may use
  await expect(page.getByRole("link", { name: "Kitchen" })).toHaveCount(0);
});

const SURFACE_APIS = ["/api/v1/kitchen/restaurants", "/api/v1/driver/me", "/api/v1/orders"];

test("surface APIs answer 401 with a JSON error when signed out", async ({ request }) => {
  for (const path of [...SURFACE_APIS, "/api/v1/me"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(401);
    expect(await res.json()).toMatchObject({ error: "Sign in required" });
  }
});

test("surface APIs answer 403 to the wrong role", async ({ page }) => {
  const customer = account("CUSTOMER");
  await signInByRequest(page, customer.email, customer.password);
  for (const path of ["/api/v1/kitchen/restaurants", "/api/v1/driver/me"]) {
    const res = await page.request.get(path);
    expect(res.status(), path).toBe(403);
    expect(await res.json()).toMatchObject({ error: "You are not allowed to do this" });
  }
  expect((await page.request.get("/api/v1/orders")).status()).toBe(200);
});

test("a chain admin reads their chain and gets 403 on another chain", async ({ page }) => {
  const admin = account("CHAIN_ADMIN");
  await signInByRequest(page, admin.email, admin.password);
  const me = (await (await page.request.get("/api/v1/me")).json()).user;
  const own = await page.request.get(`/api/v1/chains/${me.chainId}/outlets`);
  expect(own.status()).toBe(200);
  expect((await own.json()).chain.restaurants.length).toBeGreaterThanOrEqual(5);

  const platform = account("PLATFORM_ADMIN");
  const other = await page.request.get(`/api/v1/chains/00000000-0000-4000-8000-000000000000/outlets`);
  expect(other.status()).toBe(403);
  expect(platform.role).toBe("PLATFORM_ADMIN");
});

test("staff and driver APIs answer their own roles", async ({ browser }) => {
  for (const [role, path] of [
    ["RESTAURANT_STAFF", "/api/v1/kitchen/restaurants"],
    ["DRIVER", "/api/v1/driver/me"],
  ] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const a = account(role);
    await signInByRequest(page, a.email, a.password);
    expect((await page.request.get(path)).status(), path).toBe(200);
    expect((await page.request.get("/api/v1/orders")).status(), `${role} on orders`).toBe(403);
    await context.close();
  }
});

test("bad input gets a 400 JSON error, never a 500", async ({ request }) => {
  const notJson = await request.post("/api/v1/signup", { data: Buffer.from("{oops"), headers: { "content-type": "application/json" } });
  expect(notJson.status()).toBe(400);
  expect(await notJson.json()).toMatchObject({ error: "Request body must be valid JSON" });

  const invalid = await request.post("/api/v1/signup", { data: { email: "nope", password: "x" } });
  expect(invalid.status()).toBe(400);
  const body = await invalid.json();
  expect(body.error).toBe("Invalid request");
  expect(body.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(["name", "email", "password"]));

  const badCursor = await request.get("/api/v1/restaurants?cursor=not-a-uuid");
  expect(badCursor.status()).toBe(400);
});
