// POST /api/v1/driver/location over HTTP: for clients without a socket (issue 5, GPS ingest).
import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { signInByRequest } from "./support/sign-in";

const account = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;
const point = () => ({ lat: 52.37, lng: 4.89, accuracy: 8, speed: 3.5, heading: 180, recordedAt: new Date().toISOString() });

test("a driver posts a position; others get 401/403 and bad bodies 400", async ({ browser, request }) => {
  expect((await request.post("/api/v1/driver/location", { data: point() })).status()).toBe(401);

  const driverContext = await browser.newContext();
  const driver = await driverContext.newPage();
  await signInByRequest(driver, account("DRIVER").email, account("DRIVER").password);
  const ok = await driver.request.post("/api/v1/driver/location", { data: point() });
  expect(ok.status()).toBe(200);
  expect(await ok.json()).toMatchObject({ accepted: expect.any(Number), dropped: expect.any(Number), anomalies: [] });
  const bad = await driver.request.post("/api/v1/driver/location", { data: { lat: 52 } });
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ error: "Invalid request" });
  await driverContext.close();

  const customerContext = await browser.newContext();
  const customer = await customerContext.newPage();
  await signInByRequest(customer, account("CUSTOMER").email, account("CUSTOMER").password);
  expect((await customer.request.post("/api/v1/driver/location", { data: point() })).status()).toBe(403);
  await customerContext.close();
});
