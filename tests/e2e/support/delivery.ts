// Shared steps of the delivery specs: a fresh customer, the demo outlet, a simulated driver
// started in the test process against the e2e stack.
import { expect, type Page } from "@playwright/test";
import { E2E_PORT } from "../../../playwright.config";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-accounts";
import { pointNear } from "@/server/simulator/route";
import { SimulatedDriver, type SimEvent, type SimulatedDriverOptions } from "@/server/simulator/simulated-driver";

export const OUTLET = "Forno Rosso Centrum";
export const BASE_URL = `http://localhost:${E2E_PORT}`;
export const REALTIME_URL = `http://localhost:${E2E_PORT + 1}`;

export async function findOutlet(page: Page): Promise<{ id: string; lat: number; lng: number }> {
  const { restaurants } = (await (await page.request.get("/api/v1/restaurants?limit=100")).json()) as {
    restaurants: { id: string; name: string; lat: number; lng: number }[];
  };
  const outlet = restaurants.find((r) => r.name === OUTLET);
  expect(outlet, OUTLET).toBeTruthy();
  return outlet!;
}

/**
 * A simulated driver (server/simulator) parked `meters` from `near`, taking only the offers
 * `wants` approves. Stopped by the caller.
 */
export async function startSimulatedDriver(
  email: string,
  near: { lat: number; lng: number },
  meters: number,
  options: Pick<SimulatedDriverOptions, "readDeliveryCode" | "acceptOffer" | "speedup">,
) {
  const events: SimEvent[] = [];
  const driver = new SimulatedDriver({
    baseUrl: BASE_URL,
    realtimeUrl: REALTIME_URL,
    email,
    password: DEMO_PASSWORD,
    start: pointNear(near, meters, () => 0.99),
    intervalMs: 3000,
    cruise: false,
    onEvent: (e) => events.push(e),
    ...options,
  });
  await driver.start();
  return { driver, events };
}

/**
 * The driver's offer for the order delivered to `address`, once it shows; offers of other
 * specs' orders (the e2e stack is shared) are declined on the way.
 */
export async function offerFor(driver: Page, address: string) {
  const offer = driver.getByTestId("driver-offer");
  await expect(async () => {
    await expect(offer).toBeVisible({ timeout: 2000 });
    if (!(await offer.textContent())?.includes(address)) {
      await offer.getByRole("button", { name: "Decline" }).click();
      throw new Error("another order's offer: declined");
    }
  }).toPass({ timeout: 90_000 });
  return offer;
}
