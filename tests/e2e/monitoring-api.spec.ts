// Chain monitoring's HTTP API against the running product (web + worker + the simulated
// partner feed that `npm start` runs on PORT + 2): partner pushes with their key, the engine
// turning a partner outage into an incident and back, incident actions, and who may not.
import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { E2E_PORT } from "../../playwright.config";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-accounts";
import { signInByRequest } from "./support/sign-in";

const FEED = `http://127.0.0.1:${E2E_PORT + 2}`;
const UBER_KEY = "demo-ubereats-sim-key";

interface OutletStatus {
  id: string;
  name: string;
  declaredStatus: string;
  listings: { id: string; channelCode: string; state: string }[];
}
interface Incident {
  id: string;
  rule: string;
  listingId: string | null;
  state: string;
}

async function chainAdmin(page: Page) {
  await signInByRequest(page, "chainadmin@swifteats.test", DEMO_PASSWORD);
  const { user } = (await (await page.request.get("/api/v1/me")).json()) as { user: { chainId: string } };
  return user.chainId;
}

async function outlets(request: APIRequestContext, chainId: string): Promise<OutletStatus[]> {
  const res = await request.get(`/api/v1/chains/${chainId}/outlets/status`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { outlets: OutletStatus[] }).outlets;
}

const incidents = async (request: APIRequestContext, chainId: string, state: string) =>
  ((await (await request.get(`/api/v1/chains/${chainId}/incidents?state=${state}`)).json()) as { incidents: Incident[] }).incidents;

/** An open outlet of the chain other than the demo staff's (which the ordering specs use). */
async function quietOutlet(request: APIRequestContext, chainId: string) {
  const outlet = (await outlets(request, chainId)).find((o) => o.name !== "Forno Rosso Centrum" && o.declaredStatus === "OPEN")!;
  return { outlet, uber: outlet.listings.find((l) => l.channelCode === "ubereats-sim")! };
}

test("a partner outage becomes an incident, acted on, and the push API refuses bad keys and bodies", async ({ page }) => {
  test.setTimeout(180_000);
  const chainId = await chainAdmin(page);
  const { outlet, uber } = await quietOutlet(page.request, chainId);
  const push = (key: string, body: unknown) =>
    page.request.post(`/api/v1/listings/${uber.id}/observations`, { headers: { "x-api-key": key, "content-type": "application/json" }, data: body });
  const observation = { eventId: `e2e-${randomUUID()}`, state: "OFFLINE", observedAt: new Date().toISOString() };

  const unauthorized = await push("not-a-key", observation);
  expect(unauthorized.status()).toBe(401);
  expect(await unauthorized.json()).toMatchObject({ code: "invalid_api_key" });
  const invalid = await push(UBER_KEY, { ...observation, state: "ASLEEP" });
  expect(invalid.status()).toBe(400);
  expect(await invalid.json()).toMatchObject({ code: "invalid_request" });
  expect((await push(UBER_KEY, { ...observation, observedAt: "soon" })).status()).toBe(400);

  // The partner really is down for this outlet: its feed says so too (the worker polls it).
  expect((await page.request.put(`${FEED}/control/outlets/${outlet.id}`, { data: { fault: "offline", channel: "ubereats-sim" } })).status()).toBe(200);
  const applied = await push(UBER_KEY, observation);
  expect(applied.status()).toBe(201);
  expect(await applied.json()).toMatchObject({ status: "applied", changed: true });
  expect((await push(UBER_KEY, observation)).status()).toBe(200); // replay: nothing new

  await expect
    .poll(async () => (await incidents(page.request, chainId, "open")).find((i) => i.listingId === uber.id)?.rule, { timeout: 90_000 })
    .toBe("offline_while_open");
  const incident = (await incidents(page.request, chainId, "open")).find((i) => i.listingId === uber.id)!;

  const ack = await page.request.post(`/api/v1/incidents/${incident.id}/ack`);
  expect(ack.status()).toBe(200);
  expect(await ack.json()).toMatchObject({ incident: { id: incident.id, state: "ACKNOWLEDGED" } });
  const comment = await page.request.post(`/api/v1/incidents/${incident.id}/comments`, { data: { body: "Partner tablet rebooted" } });
  expect(comment.status()).toBe(201);
  expect((await page.request.post(`/api/v1/incidents/${incident.id}/comments`, { data: { body: "" } })).status()).toBe(400);

  // The partner comes back: the incident resolves by itself.
  expect((await page.request.delete(`${FEED}/control/faults`)).status()).toBe(200);
  expect((await push(UBER_KEY, { eventId: `e2e-${randomUUID()}`, state: "ONLINE", observedAt: new Date().toISOString() })).status()).toBe(201);
  await expect
    .poll(async () => (await incidents(page.request, chainId, "all")).find((i) => i.id === incident.id)?.state, { timeout: 60_000 })
    .toBe("RESOLVED");
  expect((await page.request.post(`/api/v1/incidents/${incident.id}/resolve`)).status()).toBe(409);
});

test("remote resume is refused the third time within an hour; other chains and signed-out callers are refused", async ({ page, request }) => {
  const chainId = await chainAdmin(page);
  const { outlet } = await quietOutlet(page.request, chainId);
  const resumes = [];
  for (let i = 0; i < 3; i++) resumes.push((await page.request.post(`/api/v1/restaurants/${outlet.id}/resume`)).status());
  expect(resumes).toEqual([200, 200, 409]);

  const elsewhere = randomUUID();
  expect((await page.request.get(`/api/v1/chains/${elsewhere}/outlets/status`)).status()).toBe(403);
  expect((await page.request.get(`/api/v1/chains/${elsewhere}/incidents`)).status()).toBe(403);
  expect((await page.request.post(`/api/v1/incidents/${randomUUID()}/ack`)).status()).toBe(403);
  expect((await page.request.get(`/api/v1/chains/${chainId}/incidents?state=sideways`)).status()).toBe(400);

  // `request` has no session.
  expect((await request.get(`/api/v1/chains/${chainId}/outlets/status`)).status()).toBe(401);
  expect((await request.post(`/api/v1/restaurants/${outlet.id}/resume`)).status()).toBe(401);

  const subscription = await page.request.put("/api/v1/me/alert-subscription", { data: { minSeverity: "HIGH", quietStartMinute: 1320, quietEndMinute: 420 } });
  expect(subscription.status()).toBe(200);
  expect(await (await page.request.get("/api/v1/me/alert-subscription")).json()).toMatchObject({
    subscription: { minSeverity: "HIGH", quietStartMinute: 1320, quietEndMinute: 420, saved: true },
  });
  expect((await page.request.put("/api/v1/me/alert-subscription", { data: { quietStartMinute: 1320 } })).status()).toBe(400);
  // Back to the defaults: the admin journey (admin-monitoring.spec) expects every alert by email.
  expect((await page.request.put("/api/v1/me/alert-subscription", { data: {} })).status()).toBe(200);
});
