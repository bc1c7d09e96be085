// The status machine on real rows: illegal moves refused, racing moves settle with one winner.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { transitionOrder } from "@/lib/orders/transition-order";
import { placeOrder } from "@/lib/orders/place-order";
import { createActor, createCustomers, createItem, createOpenRestaurant } from "../support/fixtures";
import { createTestProvider, TEST_CARDS } from "../support/test-payments";

async function paidOrder() {
  const restaurant = await createOpenRestaurant();
  const item = await createItem(restaurant.id);
  const [customer] = await createCustomers(1);
  const { order } = await placeOrder(
    customer!,
    { restaurantId: restaurant.id, items: [{ itemId: item.id, quantity: 1 }], delivery: { address: "Dam 1", lat: 52.37, lng: 4.89 }, cardNumber: TEST_CARDS.success },
    `key-${customer!.userId}`,
    createTestProvider().provider,
  );
  const staff = await createActor("RESTAURANT_STAFF", { restaurantIds: [restaurant.id] });
  return { order, customer: customer!, staff };
}

describe("order transitions", () => {
  it("refuse illegal moves with 409 and leave the order as it was", async () => {
    const { order, staff, customer } = await paidOrder();
    const asStaff = { id: staff.userId, role: staff.role };
    await expect(prisma.$transaction((tx) => transitionOrder(tx, { orderId: order.id, to: "READY", actor: asStaff }))).rejects.toMatchObject({
      status: 409,
      code: "illegal_transition",
    });
    await expect(
      prisma.$transaction((tx) => transitionOrder(tx, { orderId: order.id, to: "ACCEPTED", actor: { id: customer.userId, role: "CUSTOMER" } })),
    ).rejects.toMatchObject({ status: 409 });
    const after = await prisma.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(after).toMatchObject({ status: "PAID", version: order.version });
  });

  it("let exactly one of 20 racing moves win (accept vs. cancel), each winner with one event", async () => {
    const { order, staff, customer } = await paidOrder();
    const moves = Array.from({ length: 20 }, (_, i) =>
      prisma.$transaction((tx) =>
        transitionOrder(tx, {
          orderId: order.id,
          to: i % 2 ? "ACCEPTED" : "CANCELLED",
          actor: i % 2 ? { id: staff.userId, role: "RESTAURANT_STAFF" } : { id: customer.userId, role: "CUSTOMER" },
        }),
      ),
    );
    const results = await Promise.allSettled(moves);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ status: 409 });
    const final = await prisma.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(await prisma.orderEvent.count({ where: { orderId: order.id, fromStatus: "PAID" } })).toBe(1);
    expect(["ACCEPTED", "CANCELLED"]).toContain(final.status);
  });
});
