// Availability controls (outlet status, item stock, inventory counts) against real
// PostgreSQL: scope, what customers see next, optimistic versions racing real orders,
// the availability log, and 400s for bad input.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { getMenu } from "@/lib/catalog/get-menu";
import { listMenuItems } from "@/lib/catalog/list-menu-items";
import { searchCatalog } from "@/lib/catalog/search-catalog";
import { placeOrder } from "@/lib/orders/place-order";
import { getAvailabilityBoard } from "@/lib/availability/get-availability-board";
import { setInventory } from "@/lib/availability/set-inventory";
import { setItemAvailability } from "@/lib/availability/set-item-availability";
import { setOutletStatus } from "@/lib/availability/set-outlet-status";
import { createActor, createCatalogRestaurant, createCustomers, createItem, createOpenRestaurant } from "../support/fixtures";
import { createTestProvider, TEST_CARDS } from "../support/test-payments";
import { statusOf } from "../support/status-of";

async function outletWithStaff(name = "Availability Kitchen") {
  const restaurant = await createOpenRestaurant({ name });
  const staff = await createActor("RESTAURANT_STAFF", { restaurantIds: [restaurant.id] });
  return { restaurant, staff };
}

const menuItem = async (restaurantId: string, itemId: string) =>
  (await getMenu(restaurantId)).categories.flatMap((c) => c.items).find((i) => i.id === itemId)!;

function order(customer: Actor, restaurantId: string, itemId: string, quantity = 1) {
  const input = { restaurantId, items: [{ itemId, quantity }], delivery: { address: "Dam 1", lat: 52.37, lng: 4.89 }, cardNumber: TEST_CARDS.success };
  return placeOrder(customer, input, `key-${randomUUID()}`, createTestProvider().provider);
}

describe("availability controls", () => {
  it("refuse staff of another outlet (403) in every function, and let a platform admin act", async () => {
    const a = await outletWithStaff("A");
    const b = await outletWithStaff("B");
    const itemB = await createItem(b.restaurant.id);
    const [customer] = await createCustomers(1);
    const admin = await createActor("PLATFORM_ADMIN");

    const calls = (actor: Actor) => [
      () => setOutletStatus(actor, b.restaurant.id, { status: "PAUSED", reason: "Oven broken" }),
      () => setItemAvailability(actor, itemB.id, { available: false }),
      () => setInventory(actor, itemB.id, { quantity: 3 }),
      () => getAvailabilityBoard(actor, b.restaurant.id),
    ];
    for (const call of [...calls(a.staff), ...calls(customer!)]) expect(await statusOf(call())).toBe(403);
    // An unknown id answers staff like another outlet's (no probing), an admin with 404.
    expect(await statusOf(setItemAvailability(a.staff, randomUUID(), { available: false }))).toBe(403);
    expect(await statusOf(setItemAvailability(admin, randomUUID(), { available: false }))).toBe(404);
    expect(await statusOf(setOutletStatus(admin, randomUUID(), { status: "OPEN" }))).toBe(404);

    const untouched = await prisma.restaurant.findUniqueOrThrow({ where: { id: b.restaurant.id } });
    expect(untouched).toMatchObject({ declaredStatus: "OPEN", menuVersion: 1, version: 0 });
    expect(await prisma.availabilityReport.count({ where: { restaurantId: b.restaurant.id } })).toBe(0);

    for (const call of calls(admin)) expect(await statusOf(call())).toBe(200);
  });

  it("pausing stops orders at once and the menu and search say closed; opening again lets them in", async () => {
    const restaurant = await createCatalogRestaurant({ lat: 52.37, lng: 4.89, name: "Pausable Pasta", dishes: ["Carbonara"] });
    const staff = await createActor("RESTAURANT_STAFF", { restaurantIds: [restaurant.id] });
    const item = await prisma.foodItem.findFirstOrThrow({ where: { restaurantId: restaurant.id } });
    const [customer] = await createCustomers(1);
    expect((await getMenu(restaurant.id)).restaurant.open).toBe(true); // cached from here on

    const paused = await setOutletStatus(staff, restaurant.id, { status: "PAUSED", reason: "Oven broken" });
    expect(paused).toMatchObject({ declaredStatus: "PAUSED", statusReason: "Oven broken", version: 1, menuVersion: 2 });
    const refused = order(customer!, restaurant.id, item.id);
    await expect(refused).rejects.toMatchObject({ status: 409, code: "restaurant_closed" });
    const menu = (await getMenu(restaurant.id)).restaurant;
    expect(menu).toMatchObject({ open: false, closedReason: "paused", menuVersion: 2 });
    // The reason is the staff's own note: the public menu does not carry it.
    expect(menu).not.toHaveProperty("statusReason");
    const found = (await searchCatalog({ q: "Pausable Pasta" })).restaurants.find((r) => r.id === restaurant.id);
    expect(found).toMatchObject({ open: false, closedReason: "paused" });

    await setOutletStatus(staff, restaurant.id, { status: "BUSY", extra_minutes: 20 });
    expect((await getMenu(restaurant.id)).restaurant).toMatchObject({ open: true, prepMinutes: 15 + 20 });
    await setOutletStatus(staff, restaurant.id, { status: "OPEN" });
    expect((await getMenu(restaurant.id)).restaurant).toMatchObject({ open: true, prepMinutes: 15, menuVersion: 4 });
    expect((await order(customer!, restaurant.id, item.id)).order.status).toBe("PAID");
  });

  it("a pause with a resume time ends by itself; closing needs a reason", async () => {
    const { restaurant, staff } = await outletWithStaff();
    const until = new Date(Date.now() + 30 * 60_000);
    await setOutletStatus(staff, restaurant.id, { status: "PAUSED", reason: "Rush", until: until.toISOString() });
    expect((await getMenu(restaurant.id)).restaurant).toMatchObject({ open: false, statusUntil: until });
    expect((await getMenu(restaurant.id, new Date(until.getTime() + 1000))).restaurant.open).toBe(true);

    expect(await statusOf(setOutletStatus(staff, restaurant.id, { status: "CLOSED" }))).toBe(400);
    await setOutletStatus(staff, restaurant.id, { status: "CLOSED", reason: "Private party" });
    expect((await getMenu(restaurant.id)).restaurant).toMatchObject({ open: false, closedReason: "closed", statusUntil: null });
  });

  it("refuses a status change made from a stale version (409) and applies one from the current version", async () => {
    const { restaurant, staff } = await outletWithStaff();
    const second = await createActor("RESTAURANT_STAFF", { restaurantIds: [restaurant.id] });
    const { version } = await getAvailabilityBoard(staff, restaurant.id).then((b) => b.restaurant);
    await setOutletStatus(second, restaurant.id, { status: "BUSY", extra_minutes: 10, version });
    const stale = setOutletStatus(staff, restaurant.id, { status: "CLOSED", reason: "Done for today", version });
    await expect(stale).rejects.toMatchObject({ status: 409, code: "version_conflict", details: { currentVersion: version + 1 } });
    expect(await setOutletStatus(staff, restaurant.id, { status: "OPEN", version: version + 1 })).toMatchObject({ declaredStatus: "OPEN", version: version + 2 });
  });

  it("an 86'd item shows unavailable on the menu and the tablets' list, with the menu version bumped", async () => {
    const { restaurant, staff } = await outletWithStaff();
    const item = await createItem(restaurant.id, { name: "Tiramisu" });
    expect((await menuItem(restaurant.id, item.id)).available).toBe(true);

    expect(await setItemAvailability(staff, item.id, { available: false, reason: "Ran out of mascarpone" })).toEqual({
      itemId: item.id,
      available: false,
      changed: true,
      menuVersion: 2,
    });
    expect((await menuItem(restaurant.id, item.id)).available).toBe(false);
    expect((await getMenu(restaurant.id)).restaurant.menuVersion).toBe(2);
    const tablet = await listMenuItems({ restaurant_id: restaurant.id });
    expect(tablet.menuVersion).toBe(2);
    expect(tablet.items.find((i) => i.id === item.id)?.available).toBe(false);
    const [customer] = await createCustomers(1);
    await expect(order(customer!, restaurant.id, item.id)).rejects.toMatchObject({ status: 409, code: "items_unavailable" });

    // Pressing the switch again changes nothing and logs nothing.
    expect(await setItemAvailability(staff, item.id, { available: false })).toMatchObject({ changed: false, menuVersion: 2 });
    expect(await setItemAvailability(staff, item.id, { available: true })).toMatchObject({ changed: true, menuVersion: 3 });
    expect((await menuItem(restaurant.id, item.id)).available).toBe(true);
    expect(await prisma.availabilityReport.count({ where: { itemId: item.id } })).toBe(2);
  });

  it("refuses an inventory count from a stale version (409) and takes one from the current version", async () => {
    const { restaurant, staff } = await outletWithStaff();
    const item = await createItem(restaurant.id, { quantity: 10 });
    const untracked = await createItem(restaurant.id, { name: "Water", quantity: null });
    const [customer] = await createCustomers(1);
    const board = await getAvailabilityBoard(staff, restaurant.id);
    const read = board.items.find((i) => i.id === item.id)!;
    expect(read).toMatchObject({ quantity: 10, inventoryVersion: 0 });

    await order(customer!, restaurant.id, item.id, 2); // moves the version on
    const stale = setInventory(staff, item.id, { quantity: 25, version: read.inventoryVersion });
    await expect(stale).rejects.toMatchObject({ status: 409, code: "version_conflict", details: { currentVersion: 1 } });
    expect(await prisma.inventory.findUniqueOrThrow({ where: { itemId: item.id } })).toMatchObject({ quantity: 8, version: 1 });

    expect(await setInventory(staff, item.id, { quantity: 25, max_quantity: 40, version: 1 })).toMatchObject({ quantity: 25, maxQuantity: 40, version: 2, menuVersion: 2 });
    expect((await menuItem(restaurant.id, item.id)).available).toBe(true);
    expect(await setInventory(staff, item.id, { quantity: 0 })).toMatchObject({ quantity: 0, maxQuantity: 40, version: 3 });
    expect((await menuItem(restaurant.id, item.id)).available).toBe(false);
    expect(await setInventory(staff, untracked.id, { quantity: 5, version: 0 })).toMatchObject({ quantity: 5, version: 1 });
  });

  it("an inventory count racing concurrent orders never loses an update", async () => {
    const { restaurant, staff } = await outletWithStaff();
    const customers = await createCustomers(20);
    // Fired at several points of the burst, so the count lands before, among and after orders.
    for (const delayMs of [0, 15, 40, 120]) {
      const item = await createItem(restaurant.id, { name: `Lasagne ${delayMs}`, quantity: 100 });
      const { version } = await prisma.inventory.findUniqueOrThrow({ where: { itemId: item.id } });
      const orders = customers.map((c) => order(c, restaurant.id, item.id));
      const edit = new Promise((resolve) => setTimeout(resolve, delayMs)).then(() => setInventory(staff, item.id, { quantity: 50, version }));
      const [editResult, ...orderResults] = await Promise.allSettled([edit, ...orders]);
      const placed = orderResults.filter((r) => r.status === "fulfilled").length;
      expect(placed).toBe(20);
      const { quantity } = await prisma.inventory.findUniqueOrThrow({ where: { itemId: item.id } });
      if (editResult!.status === "fulfilled") {
        // The count was taken before any order: each of them came off the new count.
        expect(quantity).toBe(50 - placed);
      } else {
        expect(editResult!.reason).toMatchObject({ status: 409, code: "version_conflict" });
        expect(quantity).toBe(100 - placed);
      }
    }
  });

  it("writes every change to the availability log: who, when, what, why", async () => {
    const { restaurant, staff } = await outletWithStaff();
    const item = await createItem(restaurant.id, { name: "Panna cotta", quantity: 4 });
    const until = new Date(Date.now() + 3_600_000);
    await setOutletStatus(staff, restaurant.id, { status: "PAUSED", reason: "Short-staffed", until: until.toISOString() });
    await setOutletStatus(staff, restaurant.id, { status: "BUSY", extra_minutes: 15, reason: "Big group" });
    await setItemAvailability(staff, item.id, { available: false, reason: "Dropped the tray" });
    await setInventory(staff, item.id, { quantity: 12, reason: "Fresh batch" });

    const { reports } = await getAvailabilityBoard(staff, restaurant.id);
    expect(reports.map((r) => [r.kind, r.reason, r.actorName])).toEqual([
      ["INVENTORY_SET", "Fresh batch", staff.name],
      ["ITEM_OUT_OF_STOCK", "Dropped the tray", staff.name],
      ["OUTLET_BUSY", "Big group", staff.name],
      ["OUTLET_PAUSED", "Short-staffed", staff.name],
    ]);
    expect(reports[0]!.payload).toEqual({ itemName: "Panna cotta", from: 4, to: 12, maxQuantity: null });
    expect(reports[2]!.payload).toEqual({ from: "PAUSED", to: "BUSY", extraMinutes: 15 });
    expect(reports[3]).toMatchObject({ until, payload: { from: "OPEN", to: "PAUSED" } });
    expect(reports.every((r) => r.createdAt instanceof Date)).toBe(true);
    const rows = await prisma.availabilityReport.findMany({ where: { restaurantId: restaurant.id } });
    expect(rows.every((r) => r.actorId === staff.userId)).toBe(true);
    expect(rows.find((r) => r.kind === "INVENTORY_SET")?.itemId).toBe(item.id);
  });

  it("answers bad input with 400 and changes nothing", async () => {
    const { restaurant, staff } = await outletWithStaff();
    const item = await createItem(restaurant.id);
    const past = new Date(Date.now() - 60_000).toISOString();
    const farFuture = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const outletBodies: unknown[] = [
      null,
      "OPEN",
      {},
      { status: "NOPE" },
      { status: "PAUSED" },
      { status: "PAUSED", reason: "   " },
      { status: "PAUSED", reason: "x", until: "tomorrow" },
      { status: "PAUSED", reason: "x", until: past },
      { status: "PAUSED", reason: "x", until: farFuture },
      { status: "BUSY" },
      { status: "BUSY", extra_minutes: 0 },
      { status: "BUSY", extra_minutes: 12.5 },
      { status: "BUSY", extraMinutes: 15 },
      { status: "OPEN", version: -1 },
      { status: "CLOSED", reason: "x".repeat(201) },
    ];
    for (const body of outletBodies) expect(await statusOf(setOutletStatus(staff, restaurant.id, body)), JSON.stringify(body)).toBe(400);
    expect(await statusOf(setOutletStatus(staff, "not-a-uuid", { status: "OPEN" }))).toBe(400);

    const stockBodies: unknown[] = [{ available: "no" }, { available: false, extra: 1 }];
    for (const body of stockBodies) expect(await statusOf(setItemAvailability(staff, item.id, body)), JSON.stringify(body)).toBe(400);
    const countBodies: unknown[] = [{}, { quantity: -1 }, { quantity: 1.5 }, { quantity: "3" }, { quantity: 1_000_000 }, { quantity: 3, version: "1" }];
    for (const body of countBodies) expect(await statusOf(setInventory(staff, item.id, body)), JSON.stringify(body)).toBe(400);
    expect(await statusOf(setItemAvailability(staff, "42", { available: false }))).toBe(400);

    expect(await prisma.restaurant.findUniqueOrThrow({ where: { id: restaurant.id } })).toMatchObject({ declaredStatus: "OPEN", menuVersion: 1 });
    expect(await prisma.availabilityReport.count({ where: { restaurantId: restaurant.id } })).toBe(0);
  });
});
