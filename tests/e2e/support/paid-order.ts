// A paid web order placed through the API, as the checkout page does, by a customer of the
// test's own (the per-customer order limit never meets other specs).
import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { TEST_CARDS } from "@/lib/payments/simulated-provider";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-accounts";
import { findOutlet } from "./delivery";
import { createOwnAccount } from "./own-account";
import { signInByRequest } from "./sign-in";

/**
 * Signs `page` in as a new customer of its own (so the customer's orders and limits never meet
 * other specs'), called `name`. Signing up through the form and the mailed link is proven in
 * sign-in.spec.ts and ordering.spec.ts; here it would only add a mail round trip and four page loads.
 */
export async function signInOwnCustomer(page: Page, name?: string): Promise<void> {
  const { email } = await createOwnAccount(DEMO_PASSWORD, "CUSTOMER", name);
  await signInByRequest(page, email, DEMO_PASSWORD);
}

/** Places a paid order at the demo outlet (two of a dish: over its €15 minimum), delivered 500 m away; returns its id. */
export async function placePaidOrder(page: Page): Promise<string> {
  const outlet = await findOutlet(page);
  const menu = (await (await page.request.get(`/api/v1/restaurants/${outlet.id}/menu`)).json()) as {
    categories: { items: { id: string; available: boolean; optionGroups?: { minSelect: number }[] }[] }[];
  };
  // A dish with nothing to choose.
  const item = menu.categories.flatMap((c) => c.items).find((i) => i.available && !i.optionGroups?.some((g) => g.minSelect > 0));
  expect(item, "a dish without required choices").toBeTruthy();
  const res = await page.request.post("/api/v1/orders", {
    headers: { "idempotency-key": `e2e-a11y-${randomUUID()}` },
    data: {
      restaurantId: outlet.id,
      items: [{ itemId: item!.id, quantity: 2 }],
      delivery: { address: "Prinsengracht 263, Amsterdam", lat: outlet.lat + 0.004, lng: outlet.lng + 0.003 },
      cardNumber: TEST_CARDS.success,
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { order: { id: string } }).order.id;
}
