// The driver PWA on a phone: installable (manifest, service worker), goes online with the
// phone's GPS, gets an offer live with a countdown, accepts it, sees the job on the map,
// picks up and delivers with the customer's code; bad input and other roles are refused.
import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { TEST_CARDS } from "@/lib/payments/simulated-provider";
import { signInByRequest } from "./support/sign-in";
import { findOutlet, offerFor } from "./support/delivery";
import { signInOwnCustomer } from "./support/paid-order";
import { createOwnAccount } from "./support/own-account";

const staff = DEMO_ACCOUNTS.find((a) => a.role === "RESTAURANT_STAFF")!;

async function newPage(browser: Browser) {
  return (await browser.newContext()).newPage();
}

/** A paid order to a unique address, cooked to READY through the kitchen API. */
async function readyOrder(customer: Page, kitchen: Page, address: string) {
  const outlet = await findOutlet(customer);
  const menu = (await (await customer.request.get(`/api/v1/restaurants/${outlet.id}/menu`)).json()) as {
    categories: { items: { id: string; available: boolean; optionGroups?: { minSelect: number }[] }[] }[];
  };
  // A dish with nothing to choose: drivers never see options.
  const item = menu.categories.flatMap((c) => c.items).find((i) => i.available && !i.optionGroups?.some((g) => g.minSelect > 0))!;
  const res = await customer.request.post("/api/v1/orders", {
    headers: { "idempotency-key": `e2e-driver-${randomUUID()}` },
    data: { restaurantId: outlet.id, items: [{ itemId: item.id, quantity: 3 }], delivery: { address, lat: outlet.lat + 0.004, lng: outlet.lng + 0.003 }, cardNumber: TEST_CARDS.success },
  });
  expect(res.status(), await res.text()).toBe(201);
  const { order } = (await res.json()) as { order: { id: string } };
  for (const update of [{ status: "ACCEPTED", prep_minutes: 10 }, { status: "PREPARING" }, { status: "READY" }]) {
    expect((await kitchen.request.post(`/api/v1/orders/${order.id}/status`, { data: update })).status()).toBe(200);
  }
  return { orderId: order.id, outlet };
}

test("a driver installs the app, goes online, accepts an offer and delivers it @phone", async ({ browser, context, page: driver }) => {
  test.setTimeout(180_000);
  // A driver of this attempt's own: the desktop and phone runs may overlap, and a retry must
  // not find the status, offer or job the failed attempt left behind.
  const password = "own-driver-password-1";
  const { email } = await createOwnAccount(password, "DRIVER");
  const customer = await newPage(browser);
  await signInOwnCustomer(customer, "Dirk Driverapp");
  const outlet = await findOutlet(customer);

  // The project's page (phone viewport in @phone), its GPS far enough from the restaurant
  // that a simulated driver nearer to it is asked first.
  await context.grantPermissions(["geolocation"]);
  await context.setGeolocation({ latitude: outlet.lat + 0.012, longitude: outlet.lng - 0.01 });
  await signInByRequest(driver, email, password);
  await driver.goto("/driver");
  await expect(driver.getByRole("heading", { level: 1, name: /^Hi / })).toBeVisible();

  // Installable: the manifest is linked and scoped to /driver, with icons; the worker runs.
  const manifestHref = await driver.locator('link[rel="manifest"]').getAttribute("href");
  expect(manifestHref).toBe("/driver.webmanifest");
  const manifest = (await (await driver.request.get(manifestHref!)).json()) as { scope: string; start_url: string; display: string; icons: { src: string; sizes: string }[] };
  expect(manifest).toMatchObject({ scope: "/driver", start_url: "/driver", display: "standalone" });
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  for (const icon of manifest.icons) expect((await driver.request.get(icon.src)).headers()["content-type"]).toBe("image/png");
  await expect(driver.locator('[data-sw="ready"]')).toBeVisible();
  const scope = await driver.evaluate(async () => (await navigator.serviceWorker.getRegistration("/driver"))?.scope);
  expect(scope).toMatch(/\/driver$/);

  // Online: positions stream from the (emulated) GPS.
  await driver.getByRole("button", { name: "Go online" }).click();
  await expect(driver.getByTestId("driver-status")).toContainText("Online, waiting for offers");
  await expect(driver.getByRole("button", { name: "Go offline" })).toHaveAttribute("aria-pressed", "true");
  const notice = driver.getByTestId("driver-notice");
  await expect(notice).toContainText("Live: sending your position");

  // No network: the app says so and keeps its positions; the service worker still opens it;
  // back online, the kept positions are uploaded.
  await context.setOffline(true);
  await expect(notice).toContainText("You are offline");
  await expect(notice).not.toHaveAttribute("data-buffered", "0", { timeout: 15_000 });
  await driver.reload();
  await expect(driver.getByText("You are offline. The app will load your shift when the connection is back.")).toBeVisible();
  await context.setOffline(false);
  // The app reloads the shift by itself when the network returns; "Try again" is for a person
  // who is quicker than that. Either way it must end up live: click while the button is there.
  const tryAgain = driver.getByRole("button", { name: "Try again" });
  await expect(async () => {
    if (await tryAgain.isVisible()) await tryAgain.click({ timeout: 2_000 });
    await expect(notice).toContainText("Live: sending your position", { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(notice).toHaveAttribute("data-buffered", "0", { timeout: 15_000 });

  // An order becomes ready; the offer arrives live (decline any other spec's order first).
  const kitchen = await newPage(browser);
  await signInByRequest(kitchen, staff.email, staff.password);
  const address = `Testdriverstraat ${randomUUID().slice(0, 8)}, Amsterdam`;
  const { orderId } = await readyOrder(customer, kitchen, address);
  const offer = await offerFor(driver, address);
  // The e2e stack gives offers 60 s (global-setup.ts): the countdown starts at a minute or under.
  await expect(offer.getByRole("timer")).toHaveText(/^(1:00|0:[0-5]\d)$/);
  // Announced politely, with the time left only at coarse steps (never the ticking seconds).
  await expect(driver.getByTestId("offer-announcement")).toHaveText(/^New delivery offer: €\d+\.\d\d, pick up at .+\.( About (30|20|10) seconds left to accept\.)?$/);
  await offer.getByRole("button", { name: "Accept" }).click();

  // The job: map with pickup and drop-off, ready to pick up.
  const job = driver.getByTestId("driver-job");
  await expect(job).toBeVisible();
  await expect(job).toContainText(address);
  await expect(driver.getByTestId("job-map").locator(".map-pin-restaurant")).toBeVisible();
  await expect(driver.getByTestId("job-map").locator(".map-pin-home")).toBeVisible();
  await expect(driver.getByTestId("driver-status")).toContainText("On a delivery");
  await job.getByRole("button", { name: "Picked up" }).click();
  await expect(driver.getByTestId("job-step")).toContainText("ask for their 4-digit code");

  // The customer's page shows the code; a wrong one is refused, the right one delivers.
  await customer.goto(`/orders/${orderId}`);
  const code = (await customer.getByTestId("delivery-code").textContent())!.trim();
  await expect(customer.getByTestId("order-status")).toHaveText("On the way");
  const wrong = code === "0000" ? "1111" : "0000";
  await job.getByLabel("Customer's code").fill(wrong);
  await job.getByRole("button", { name: "Delivered" }).click();
  await expect(job.getByRole("alert")).toBeVisible();
  await job.getByLabel("Customer's code").fill(code);
  await job.getByRole("button", { name: "Delivered" }).click();
  await expect(job).toHaveCount(0);
  await expect(customer.getByTestId("order-status")).toHaveText("Delivered");
  await expect(driver.getByTestId("driver-today")).toContainText(/Deliveries\s*[1-9]/);

  await driver.getByRole("button", { name: "Go offline" }).click();
  await expect(driver.getByTestId("driver-status")).toContainText("Offline");
});

test("the driver app is for drivers only", async ({ browser }) => {
  const customer = await newPage(browser);
  await signInOwnCustomer(customer, "Nora Notadriver");
  const res = await customer.goto("/driver");
  expect(res?.status()).toBe(403);
  expect((await customer.request.post("/api/v1/driver/status", { data: { online: true } })).status()).toBe(403);
  const signedOut = await newPage(browser);
  await signedOut.goto("/driver");
  await expect(signedOut).toHaveURL(/\/signin\?callbackUrl=%2Fdriver/);
});
