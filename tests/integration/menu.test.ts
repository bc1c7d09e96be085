// The customer menu: live availability through the cache, and outlet status per request.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { getMenu, invalidateMenu } from "@/lib/catalog/get-menu";
import { placeOrder } from "@/lib/orders/place-order";
import { createCustomers, createItem, createOpenRestaurant } from "../support/fixtures";
import { createTestProvider, TEST_CARDS } from "../support/test-payments";
import { statusOf } from "../support/status-of";

const find = (menu: Awaited<ReturnType<typeof getMenu>>, id: string) => menu.categories.flatMap((c) => c.items).find((i) => i.id === id)!;

describe("the menu", () => {
  it("shows an item sold out as soon as the last unit is ordered, and back when the payment fails", async () => {
    const restaurant = await createOpenRestaurant();
    const last = await createItem(restaurant.id, { name: "Last tiramisu", quantity: 1 });
    expect(find(await getMenu(restaurant.id), last.id)).toMatchObject({ available: true, remaining: 1 });

    const [customer] = await createCustomers(1);
    const { provider } = createTestProvider();
    const input = (card: string) => ({
      restaurantId: restaurant.id,
      items: [{ itemId: last.id, quantity: 1 }],
      delivery: { address: "Dam 1", lat: 52.37, lng: 4.89 },
      cardNumber: card,
    });
    await placeOrder(customer!, input(TEST_CARDS.declined), "menu-key-1", provider);
    expect(find(await getMenu(restaurant.id), last.id).available).toBe(true);
    await placeOrder(customer!, input(TEST_CARDS.success), "menu-key-2", provider);
    expect(find(await getMenu(restaurant.id), last.id)).toMatchObject({ available: false, remaining: 0 });
  });

  it("reflects a staff change once the writer invalidates, and computes open/closed per request", async () => {
    const restaurant = await createOpenRestaurant();
    const item = await createItem(restaurant.id);
    const before = await getMenu(restaurant.id);
    expect(before.restaurant).toMatchObject({ open: true, closedReason: null, menuVersion: 1 });

    await prisma.restaurant.update({ where: { id: restaurant.id }, data: { declaredStatus: "PAUSED", menuVersion: { increment: 1 } } });
    await prisma.foodItem.update({ where: { id: item.id }, data: { inStock: false } });
    await invalidateMenu(restaurant.id);
    const after = await getMenu(restaurant.id);
    expect(after.restaurant).toMatchObject({ open: false, closedReason: "paused", menuVersion: 2 });
    expect(find(after, item.id).available).toBe(false);
  });

  it("answers 404 for an unknown restaurant", async () => {
    expect(await statusOf(getMenu("00000000-0000-4000-8000-000000000000"))).toBe(404);
  });
});
