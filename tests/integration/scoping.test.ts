// Each role sees only its own scope, enforced inside the query.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { listChainOutlets } from "@/lib/monitoring/list-chain-outlets";
import { listStaffRestaurants } from "@/lib/kitchen/list-staff-restaurants";
import { listCustomerOrders } from "@/lib/orders/list-customer-orders";
import { getDriverProfile } from "@/lib/dispatch/get-driver-profile";
import { createActor, createChain, createRestaurant } from "../support/fixtures";

describe("chain admins", () => {
  it("read their own chain, get 403 on another chain and 404 on a missing one", async () => {
    const mine = await createChain("Mine");
    const theirs = await createChain("Theirs");
    await createRestaurant({ chainId: mine.id, name: "Mine Centraal" });
    await createRestaurant({ chainId: theirs.id, name: "Theirs West" });
    const admin = await createActor("CHAIN_ADMIN", { chainId: mine.id });

    const chain = await listChainOutlets(admin, mine.id);
    expect(chain.restaurants.map((r) => r.name)).toEqual(["Mine Centraal"]);
    await expect(listChainOutlets(admin, theirs.id)).rejects.toMatchObject({ status: 403 });

    const platform = await createActor("PLATFORM_ADMIN");
    expect((await listChainOutlets(platform, theirs.id)).name).toBe("Theirs");
    await expect(listChainOutlets(platform, "00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({ status: 404 });
  });
});

describe("restaurant staff", () => {
  it("see only the outlets they are assigned to", async () => {
    const a = await createRestaurant({ name: "A" });
    await createRestaurant({ name: "B" });
    const staff = await createActor("RESTAURANT_STAFF", { restaurantIds: [a.id] });
    expect((await listStaffRestaurants(staff)).map((r) => r.id)).toEqual([a.id]);
    const unassigned = await createActor("RESTAURANT_STAFF");
    expect(await listStaffRestaurants(unassigned)).toEqual([]);
  });
});

describe("customers", () => {
  it("see only their own orders", async () => {
    const r = await createRestaurant();
    const me = await createActor("CUSTOMER");
    const other = await createActor("CUSTOMER");
    const order = (customerId: string, key: string) =>
      prisma.order.create({ data: { restaurantId: r.id, customerId, idempotencyKey: key, subtotalCents: 900, totalCents: 900 } });
    const mine = await order(me.userId, "k1");
    await order(other.userId, "k1");
    expect((await listCustomerOrders(me)).map((o) => o.id)).toEqual([mine.id]);
  });
});

describe("drivers", () => {
  it("read their own profile; a user without a driver record gets 404", async () => {
    const driver = await createActor("DRIVER");
    expect(await getDriverProfile(driver)).toMatchObject({ status: "OFFLINE", vehicle: "BICYCLE", name: driver.name });
    const customer = await createActor("CUSTOMER");
    await expect(getDriverProfile(customer)).rejects.toMatchObject({ status: 404 });
  });
});
