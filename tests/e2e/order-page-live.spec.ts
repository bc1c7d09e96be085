// Issue 15: the customer's order page, reached from checkout, follows every live update
// (status, driver, ETA) for as long as it is open, on the desktop viewport it was seen on.
import pg from "pg";
import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/prisma/seed/demo-accounts";
import { TEST_CARDS } from "@/lib/payments/simulated-provider";
import { signInByRequest } from "./support/sign-in";
import { createOwnAccount } from "./support/own-account";
import { findOutlet, OUTLET, startSimulatedDriver } from "./support/delivery";
import { signInOwnCustomer } from "./support/paid-order";

const staff = DEMO_ACCOUNTS.find((a) => a.role === "RESTAURANT_STAFF")!;
const DESKTOP = { width: 1366, height: 900 };
test.use({ viewport: DESKTOP });

/** Latest ETA the server computed for an order (eta_estimates), and how many moves made one. */
async function latestEstimate(orderId: string): Promise<{ etaAt: string | null; moves: number }> {
  const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  try {
    const { rows } = await db.query<{ eta_at: Date; moves: string }>(
      `SELECT eta_at, (SELECT count(*) FROM eta_estimates WHERE order_id = $1 AND reason = 'driver_moved') AS moves
         FROM eta_estimates WHERE order_id = $1 ORDER BY computed_at DESC, id DESC LIMIT 1`,
      [orderId],
    );
    return { etaAt: rows[0]?.eta_at.toISOString() ?? null, moves: Number(rows[0]?.moves ?? 0) };
  } finally {
    await db.end();
  }
}

test("the order page reached from checkout follows every live ETA while the driver drives", async ({ browser }) => {
  test.setTimeout(240_000);
  const customer = await (await browser.newContext({ viewport: DESKTOP })).newPage();
  await signInOwnCustomer(customer, "Ella Eta");
  const outlet = await findOutlet(customer);

  await customer.goto(`/r/${outlet.id}`);
  await expect(customer.getByRole("heading", { level: 1, name: OUTLET })).toBeVisible();
  await customer.getByRole("button", { name: /^Add / }).first().click();
  await customer.getByRole("button", { name: /^Add / }).nth(1).click();
  await customer.getByRole("link", { name: "Go to checkout" }).click();
  await customer.getByLabel("Delivery address").fill("Prinsengracht 263, Amsterdam");
  await customer.getByLabel("Card number").fill(TEST_CARDS.success);
  await customer.getByRole("button", { name: /^Pay .* and order$/ }).click();
  await expect(customer).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
  const orderId = customer.url().split("/").at(-1)!;
  await expect(customer.getByTestId("order-status")).toHaveText("Paid");
  // The ETA the page shows, as a machine-readable instant (null once it is gone).
  const shownEta = async () => {
    const times = customer.getByTestId("order-eta").locator("time");
    return (await times.count()) ? await times.first().getAttribute("datetime") : null;
  };

  // A driver of this attempt's own: a retry must not find a shared demo driver still on the
  // job the failed attempt left it (busy drivers get no offers).
  const { email } = await createOwnAccount(DEMO_PASSWORD, "DRIVER");
  const sim = await startSimulatedDriver(email, outlet, 150, {
    speedup: 8,
    acceptOffer: (offer) => offer.orderId === orderId,
    readDeliveryCode: async () => (await customer.getByTestId("delivery-code").textContent())?.trim() ?? null,
  });
  try {
    const kitchen = await (await browser.newContext()).newPage();
    await signInByRequest(kitchen, staff.email, staff.password);
    await kitchen.goto("/kitchen");
    await expect(kitchen.getByTestId("kitchen-connection")).toHaveText("Live");
    const ticket = (column: string) => kitchen.locator(`[data-column="${column}"] [data-order-id="${orderId}"]`);
    await ticket("new").getByRole("button", { name: "Accept" }).click();
    await ticket("new").getByRole("button", { name: "10 min" }).click();
    await expect(customer.getByTestId("order-status")).toHaveText("Accepted");
    // Every status change re-renders the page from the server; the ETA it shows is still the newest.
    await expect.poll(async () => (await shownEta()) === (await latestEstimate(orderId)).etaAt).toBe(true);
    await ticket("accepted").getByRole("button", { name: "Start preparing" }).click();
    await expect(customer.getByTestId("order-status")).toHaveText("Preparing");
    await ticket("preparing").getByRole("button", { name: "Mark ready" }).click();
    // "Ready" lasts only until the simulated driver, offered the order at once and 150 m away
    // at 8× speed, picks it up: a loaded machine may render the next status first.
    await expect(customer.getByTestId("order-status")).toHaveText(/^(Ready|On the way)$/);
    await expect(customer.getByTestId("order-status")).toHaveText("On the way", { timeout: 60_000 });
    // Where the driver is, in words a person reads, not raw coordinates.
    await expect(customer.getByTestId("driver-position")).toContainText(/(about [\d.]+ k?m|less than 100 m) from you/);
    await expect(customer.getByTestId("driver-position")).not.toContainText(/\d+\.\d{5}/);

    // Driving: the server counts the ETA down as the driver moves; the open page shows the
    // newest estimate, no reload.
    await expect
      .poll(
        async () => {
          const latest = await latestEstimate(orderId);
          return latest.moves >= 2 && (await shownEta()) === latest.etaAt;
        },
        { timeout: 90_000, message: "the page shows the server's newest ETA after the driver moved" },
      )
      .toBe(true);
  } finally {
    await sim.driver.stop();
  }
});
