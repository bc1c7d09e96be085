import { expect, test } from "@playwright/test";

test("the home page lists the seeded restaurants @phone", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Restaurants near you" })).toBeVisible();
  const cards = page.getByTestId("restaurant-card");
  expect(await cards.count()).toBeGreaterThanOrEqual(30);
  await expect(cards.first().getByRole("heading")).not.toBeEmpty();
});

test("the restaurants API pages through the catalog", async ({ request }) => {
  const first = await (await request.get("/api/v1/restaurants?limit=10")).json();
  expect(first.restaurants).toHaveLength(10);
  const second = await (await request.get(`/api/v1/restaurants?limit=10&cursor=${first.nextCursor}`)).json();
  expect(second.restaurants).toHaveLength(10);
  const ids = new Set([...first.restaurants, ...second.restaurants].map((r: { id: string }) => r.id));
  expect(ids.size).toBe(20);
});

test("health reports every part of the platform", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.status).toBe("ok");
  expect(body.checks.database.status).toBe("ok");
  expect(body.checks.realtime.status).toBe("ok");
  expect(body.checks.worker.status).toBe("ok");
  expect(["ok", "not_configured"]).toContain(body.checks.redis.status);
});
