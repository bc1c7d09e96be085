// The invariants the migration enforces in the database itself, whatever the code does.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";

async function restaurant() {
  return prisma.restaurant.create({
    data: {
      name: "Constraint Café",
      lat: 52.37,
      lng: 4.89,
      geoKey: "u173z",
      address: "Dam 1",
      city: "Amsterdam",
      timeZone: "Europe/Amsterdam",
    },
  });
}

describe("database constraints", () => {
  it("refuses negative stock", async () => {
    const r = await restaurant();
    const item = await prisma.foodItem.create({ data: { restaurantId: r.id, name: "Soup", priceCents: 500 } });
    await expect(
      prisma.inventory.create({ data: { itemId: item.id, restaurantId: r.id, quantity: -1 } }),
    ).rejects.toThrow(/inventory_quantity_nonnegative/);
  });

  it("lets a driver hold only one active order", async () => {
    const r = await restaurant();
    const user = await prisma.user.create({
      data: { email: `d-${Date.now()}@x.test`, name: "D", passwordHash: "x", role: "DRIVER" },
    });
    const customer = await prisma.user.create({
      data: { email: `c-${Date.now()}@x.test`, name: "C", passwordHash: "x" },
    });
    const driver = await prisma.driver.create({ data: { userId: user.id } });
    const order = (key: string) =>
      prisma.order.create({
        data: {
          restaurantId: r.id,
          customerId: customer.id,
          driverId: driver.id,
          status: "READY",
          idempotencyKey: key,
          subtotalCents: 1000,
          totalCents: 1000,
        },
      });
    await order("a");
    await expect(order("b")).rejects.toThrow();
    expect(await prisma.order.count({ where: { driverId: driver.id } })).toBe(1);
  });

  it("refuses an order with neither customer nor table", async () => {
    const r = await restaurant();
    await expect(
      prisma.order.create({
        data: { restaurantId: r.id, idempotencyKey: "k", subtotalCents: 0, totalCents: 0 },
      }),
    ).rejects.toThrow(/orders_has_owner/);
  });

  it("has the trigram extension for search", async () => {
    const rows = await prisma.$queryRaw<{ extname: string }[]>`SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'`;
    expect(rows).toHaveLength(1);
  });
});
