// The driver dispatch API over HTTP against the real stack: who may call it (401 signed out,
// 403 other roles), bad input (400), someone else's or unknown ids (404), and a shift's
// online/offline. The journeys (offer → pickup → code) are in delivery-tracking and driver-app.
import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/prisma/seed/demo-accounts";
import { signInByRequest } from "./support/sign-in";

// A seeded driver no other spec signs in as, and who sends no position (so gets no offers).
const DRIVER_EMAIL = "driver29@swifteats.test";
const customer = DEMO_ACCOUNTS.find((a) => a.role === "CUSTOMER")!;

const id = randomUUID();
const calls: [string, string, unknown?][] = [
  ["GET", "/api/v1/driver/me"],
  ["POST", "/api/v1/driver/status", { online: true }],
  ["POST", `/api/v1/driver/offers/${id}/accept`],
  ["POST", `/api/v1/driver/offers/${id}/decline`],
  ["POST", `/api/v1/driver/jobs/${id}/pickup`],
  ["POST", `/api/v1/driver/jobs/${id}/deliver`, { code: "1234" }],
];

const call = (request: APIRequestContext, [method, path, data]: [string, string, unknown?]) =>
  method === "GET" ? request.get(path) : request.post(path, { data: data ?? {} });

test("signed out → 401 and customers → 403, with a JSON error", async ({ browser, request }) => {
  for (const c of calls) {
    const res = await call(request, c);
    expect(res.status(), c[1]).toBe(401);
    expect(await res.json()).toMatchObject({ code: "unauthorized" });
  }
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInByRequest(page, customer.email, customer.password);
  for (const c of calls) expect((await call(page.request, c)).status(), c[1]).toBe(403);
  await context.close();
});

test("a driver goes online and offline; unknown offers and jobs are 404, bad input 400", async ({ page }) => {
  await signInByRequest(page, DRIVER_EMAIL, DEMO_PASSWORD);
  const me = await page.request.get("/api/v1/driver/me");
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ driver: { name: expect.any(String), vehicle: expect.any(String) }, offer: null, job: null, today: { deliveries: 0, earningsCents: 0 } });

  expect((await page.request.post("/api/v1/driver/status", { data: { online: "yes" } })).status()).toBe(400);
  const online = await page.request.post("/api/v1/driver/status", { data: { online: true } });
  expect(await online.json()).toMatchObject({ driver: { status: "AVAILABLE" } });
  const offline = await page.request.post("/api/v1/driver/status", { data: { online: false } });
  expect(await offline.json()).toMatchObject({ driver: { status: "OFFLINE" } });

  expect((await page.request.post(`/api/v1/driver/offers/${id}/accept`)).status()).toBe(404);
  expect((await page.request.post(`/api/v1/driver/offers/${id}/decline`)).status()).toBe(404);
  expect((await page.request.post("/api/v1/driver/offers/not-an-id/accept")).status()).toBe(400);
  expect((await page.request.post(`/api/v1/driver/jobs/${id}/pickup`)).status()).toBe(404);
  const badCode = await page.request.post(`/api/v1/driver/jobs/${id}/deliver`, { data: { code: "12" } });
  expect(badCode.status()).toBe(400);
  expect(await badCode.json()).toMatchObject({ code: "invalid_request" });
  expect((await page.request.post(`/api/v1/driver/jobs/${id}/deliver`, { data: { code: "1234" } })).status()).toBe(404);
});
