// Chain monitoring as a chain admin lives it: staff pause an outlet during its opening hours,
// the admin's open dashboard shows the incident without a reload, staff reopen and it
// resolves live; the outbox holds one alert email for it. Plus who may read reports.
// Each journey pauses an outlet of its own (support/own-outlet.ts), created per test and per
// retry, so its incidents and remote-resume budget never meet another test's or attempt's.
// The e2e stack runs with MONITORING_GRACE_SCALE=0.01 (global setup): rule (a) waits 3 s, not 5 min.
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { signInByRequest } from "./support/sign-in";
import { createOwnOutlet } from "./support/own-outlet";
import { REALTIME_URL } from "./support/delivery";

const account = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;
/** The chain's demo outlet, for the reports (it has weeks of history). */
const DEMO_OUTLET = "Forno Rosso Centrum";
/** Grace period (3 s) + the worker's evaluation + the relay, on a loaded machine. */
const INCIDENT = { timeout: 30_000 };

async function chainIdOf(request: APIRequestContext): Promise<string> {
  const { user } = (await (await request.get("/api/v1/me")).json()) as { user: { chainId: string } };
  return user.chainId;
}

/** A fresh outlet of the demo chain, its staff (the demo staff member) and the chain admin, each in their own browser context, signed in. */
async function staffAndAdmin(browser: Browser, prefix: string) {
  const outlet = await createOwnOutlet(prefix);
  const staffContext = await browser.newContext();
  const adminContext = await browser.newContext();
  const staffPage = await staffContext.newPage();
  const adminPage = await adminContext.newPage();
  await signInByRequest(staffPage, account("RESTAURANT_STAFF").email, account("RESTAURANT_STAFF").password);
  await signInByRequest(adminPage, account("CHAIN_ADMIN").email, account("CHAIN_ADMIN").password);
  const close = async () => {
    await staffContext.close();
    await adminContext.close();
  };
  return { staffPage, adminPage, outlet, close };
}

const tileOf = (adminPage: Page, outletName: string) =>
  adminPage.getByTestId("outlet-tile").filter({ has: adminPage.getByRole("link", { name: outletName, exact: true }) });

/** The live dashboard, connected, and the outlet's tile on it. */
async function openDashboard(adminPage: Page, outletName: string) {
  await adminPage.goto("/admin");
  await expect(adminPage.getByTestId("live-indicator")).toHaveAttribute("data-live", "true");
  return tileOf(adminPage, outletName);
}

/** Marks the page: anything asserted after this must have arrived over the socket, as a reload would lose the marker. */
const markPage = (page: Page) => page.evaluate(() => ((window as unknown as { e2eMarker: string }).e2eMarker = "same page"));
const expectSamePage = async (page: Page) => expect(await page.evaluate(() => (window as unknown as { e2eMarker?: string }).e2eMarker)).toBe("same page");

/** The newest outlet-wide (no channel) "offline during opening hours" incident card of the outlet. */
const offlineIncident = (page: Page, outletName: string) => page.getByRole("listitem", { name: `Offline during opening hours at ${outletName}`, exact: true }).first();

test("a staff pause shows up live as an incident on the chain admin's dashboard, resolves live on reopen, and sends one alert email", async ({ browser }) => {
  const { staffPage, adminPage, outlet, close } = await staffAndAdmin(browser, "E2E Pause");
  try {
    const tile = await openDashboard(adminPage, outlet.name);
    await expect(tile.getByTestId("outlet-declared")).toHaveText("open");
    await markPage(adminPage);

    await staffPage.goto(`/kitchen/${outlet.id}/availability`);
    await staffPage.getByRole("button", { name: "Pause", exact: true }).click();
    await staffPage.getByLabel("Reason").fill("E2E monitoring: oven check");
    await staffPage.getByRole("button", { name: "Pause orders" }).click();
    await expect(staffPage.getByTestId("outlet-declared-status")).toContainText("paused");
    // The declared status is an event of its own: the tile follows before any incident.
    await expect(tile.getByTestId("outlet-declared")).toHaveText("paused");

    const incident = offlineIncident(adminPage, outlet.name);
    await expect(incident).toBeVisible(INCIDENT);
    await expect(incident.getByTestId("incident-state")).toHaveText("open");
    const incidentId = await incident.getAttribute("data-incident-id");
    expect(incidentId).toMatch(/^[0-9a-f-]{36}$/);
    const card = adminPage.locator(`[data-incident-id="${incidentId}"]`);

    await card.getByRole("button", { name: "Acknowledge" }).click();
    await expect(card.getByTestId("incident-state")).toHaveText("acknowledged");
    await card.getByRole("textbox").fill("Checking with the kitchen");
    await card.getByRole("button", { name: "Comment" }).click();
    await expect(card).toContainText("1 comment");

    await staffPage.getByRole("button", { name: "Open", exact: true }).click();
    await expect(staffPage.getByTestId("outlet-declared-status")).toContainText("open");
    await expect(tile.getByTestId("outlet-declared")).toHaveText("open");
    await expect(card.getByTestId("incident-state")).toHaveText("resolved", INCIDENT);
    await expectSamePage(adminPage);

    // The worker sends mail in the background: wait until the resolution mail is there too,
    // then there must be exactly one alert ("opened") email for this incident.
    const outbox = await adminPage.context().newPage();
    await expect(async () => {
      await outbox.goto(`/admin/outbox?incident=${incidentId}`);
      await expect(outbox.locator("[data-testid='outbox-mail'][data-kind='resolved']")).toHaveCount(1, { timeout: 1000 });
    }).toPass(INCIDENT);
    const alerts = outbox.locator("[data-testid='outbox-mail'][data-kind='opened']");
    await expect(alerts).toHaveCount(1);
    await expect(alerts).toContainText(`New incident: Offline during opening hours at ${outlet.name}`);
    await expect(alerts).toContainText(`To ${account("CHAIN_ADMIN").email}`);
  } finally {
    await close();
  }
});

test("a remote resume reopens a paused outlet, and a third one within the hour is refused with the reason", async ({ browser }) => {
  const { staffPage, adminPage, outlet, close } = await staffAndAdmin(browser, "E2E Resume");
  try {
    const tile = await openDashboard(adminPage, outlet.name);
    await markPage(adminPage);
    for (let attempt = 1; attempt <= 3; attempt++) {
      // Paused right after the last resume: before monitoring has observed the reopening.
      const pause = await staffPage.request.put(`/api/v1/restaurants/${outlet.id}/availability`, { data: { status: "PAUSED", reason: `E2E resume ${attempt}` } });
      expect(pause.status()).toBe(200);
      await expect(tile.getByTestId("outlet-declared")).toHaveText("paused");
      await tile.getByRole("button", { name: `Resume ${outlet.name}` }).click();
      if (attempt < 3) await expect(tile.getByTestId("outlet-declared")).toHaveText("open");
    }
    await expect(tile.getByRole("alert")).toContainText("already resumed remotely twice in the last hour");
    await expect(tile.getByTestId("outlet-declared")).toHaveText("paused");
    await expectSamePage(adminPage);
  } finally {
    await close();
  }
});

test("a pause committed after the dashboard read its data but before its socket joined is caught up on join", async ({ browser }) => {
  const { staffPage, adminPage, outlet, close } = await staffAndAdmin(browser, "E2E Join");
  try {
    // The socket's connection to the realtime server is held open, unanswered, until the pause
    // has been committed: a slow connect, not a refused one. (A refused one would be retried on
    // Socket.IO's backoff; a socket closed by the route is only noticed by its 20 s connect timeout.)
    let reach!: () => void;
    const reachable = new Promise<void>((resolve) => (reach = resolve));
    await adminPage.route(`${REALTIME_URL}/**`, async (route) => {
      await reachable;
      await route.fallback();
    });
    await adminPage.routeWebSocket(new RegExp(`^ws://localhost:${new URL(REALTIME_URL).port}/`), async (ws) => {
      await reachable;
      ws.connectToServer();
    });
    await adminPage.goto("/admin");
    const tile = tileOf(adminPage, outlet.name);
    await expect(tile.getByTestId("outlet-declared")).toHaveText("open");
    await expect(adminPage.getByTestId("live-indicator")).toHaveAttribute("data-live", "false");
    await markPage(adminPage);

    const pause = await staffPage.request.put(`/api/v1/restaurants/${outlet.id}/availability`, { data: { status: "PAUSED", reason: "E2E before join" } });
    expect(pause.status()).toBe(200);
    reach();
    await expect(adminPage.getByTestId("live-indicator")).toHaveAttribute("data-live", "true");
    await expect(tile.getByTestId("outlet-declared")).toHaveText("paused");
    await expectSamePage(adminPage);
  } finally {
    await close();
  }
});

test("reports and CSV exports: 401 signed out, 403 for staff and other chains' admins, CSV for the chain's admin", async ({ browser }) => {
  const admin = await browser.newContext();
  const adminPage = await admin.newPage();
  await signInByRequest(adminPage, account("CHAIN_ADMIN").email, account("CHAIN_ADMIN").password);
  const chainId = await chainIdOf(adminPage.request);
  const routes = ["reports", "reports/uptime.csv", "reports/outlets.csv"].map((r) => `/api/v1/chains/${chainId}/${r}`);

  const anonymous = await browser.newContext();
  for (const route of routes) expect((await anonymous.request.get(route)).status(), route).toBe(401);

  const staff = await browser.newContext();
  const staffPage = await staff.newPage();
  await signInByRequest(staffPage, account("RESTAURANT_STAFF").email, account("RESTAURANT_STAFF").password);
  for (const route of routes) expect((await staffPage.request.get(route)).status(), route).toBe(403);

  // Another chain, as the platform admin sees it in the chain picker.
  const platform = await browser.newContext();
  const platformPage = await platform.newPage();
  await signInByRequest(platformPage, account("PLATFORM_ADMIN").email, account("PLATFORM_ADMIN").password);
  await platformPage.goto("/admin");
  const picker = platformPage.getByRole("combobox", { name: "Chain", exact: true });
  await expect(picker.locator("option")).not.toHaveCount(0);
  const chainIds = await picker.locator("option").evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  const other = chainIds.find((id) => id !== chainId)!;
  expect(other).toMatch(/^[0-9a-f-]{36}$/);
  expect((await platformPage.request.get(`/api/v1/chains/${other}/reports`)).status()).toBe(200);
  for (const route of ["reports", "reports/uptime.csv"]) expect((await adminPage.request.get(`/api/v1/chains/${other}/${route}`)).status(), route).toBe(403);

  const bad = await adminPage.request.get(`/api/v1/chains/${chainId}/reports?from=2026-12-01&to=2026-11-01`);
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ code: "invalid_request" });

  const csv = await adminPage.request.get(`${routes[2]}?granularity=week`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(csv.headers()["content-disposition"]).toMatch(/^attachment; filename="outlets-Forno-Rosso-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv"$/);
  const lines = (await csv.text()).trimEnd().split("\r\n");
  expect(lines[0]).toBe("outlet,expected_minutes,online_minutes,uptime_percent,down_minutes,orders_per_open_hour,average_basket_cents,lost_sales_cents");
  expect(lines.some((l) => l.startsWith(`${DEMO_OUTLET},`))).toBe(true);

  // The reports page renders for the admin, with its CSV links.
  await adminPage.goto("/admin/reports");
  await expect(adminPage.getByTestId("report-stats")).toContainText("MTTR");
  await expect(adminPage.getByRole("link", { name: "Uptime CSV" })).toHaveAttribute("href", new RegExp(`/api/v1/chains/${chainId}/reports/uptime\\.csv\\?`));

  for (const context of [admin, anonymous, staff, platform]) await context.close();
});
