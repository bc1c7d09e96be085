// Option groups, options and allergens as staff edit them (lib/menu, the option API routes)
// against real PostgreSQL: what customers and table tablets then read, who may edit, bad
// input refused without a partial write, and every change bumping the menu version, logged
// and announced live as item edits are.
import { NextRequest } from "next/server";
import { afterAll, describe, expect, it } from "vitest";
import { io, type Socket } from "socket.io-client";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { getMenu } from "@/lib/catalog/get-menu";
import { listMenuItems } from "@/lib/catalog/list-menu-items";
import { getAvailabilityBoard } from "@/lib/availability/get-availability-board";
import { setOptionAvailability } from "@/lib/availability/set-option-availability";
import { setOptionCount } from "@/lib/availability/set-option-count";
import { archiveOption } from "@/lib/menu/archive-option";
import { archiveOptionGroup } from "@/lib/menu/archive-option-group";
import { attachOptionGroups } from "@/lib/menu/attach-option-groups";
import { createItem as createMenuItem } from "@/lib/menu/create-item";
import { createOption } from "@/lib/menu/create-option";
import { createOptionGroup } from "@/lib/menu/create-option-group";
import { listEditableMenu } from "@/lib/menu/list-editable-menu";
import { listOptionGroups } from "@/lib/menu/list-option-groups";
import { updateItem } from "@/lib/menu/update-item";
import { updateOption } from "@/lib/menu/update-option";
import { updateOptionGroup } from "@/lib/menu/update-option-group";
import { PUT as optionAvailabilityRoute } from "@/app/api/v1/options/[id]/availability/route";
import { GET as optionGroupsRoute, POST as createGroupRoute } from "@/app/api/v1/restaurants/[id]/menu/option-groups/route";
import type { MenuChangedMessage, PublicClientToServerEvents, PublicServerToClientEvents } from "@/lib/realtime/menu-events";
import type { RealtimeServer } from "@/server/realtime/create-realtime-server";
import { newSession, startTestRealtimeServer } from "../support/realtime";
import { createActor, createItem, createOpenRestaurant } from "../support/fixtures";
import { statusOf } from "../support/status-of";

const WAIT = { timeout: 5000 };
let realtime: Promise<RealtimeServer> | undefined;
const sockets: Socket[] = [];
afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await (await realtime)?.close();
});

async function outletWithStaff() {
  const restaurant = await createOpenRestaurant({ name: "Options Pizzeria" });
  const staff = await createActor("RESTAURANT_STAFF", { restaurantIds: [restaurant.id] });
  return { restaurant, staff };
}

const menuVersionOf = async (id: string) => (await prisma.restaurant.findUniqueOrThrow({ where: { id } })).menuVersion;
const customerItem = async (restaurantId: string, itemId: string) =>
  (await getMenu(restaurantId)).categories.flatMap((c) => c.items).find((i) => i.id === itemId)!;
const tabletItem = async (restaurantId: string, itemId: string) =>
  (await listMenuItems({ restaurant_id: restaurantId })).items.find((i) => i.id === itemId)!;

/** A pizza with a required size and optional extras, as most tests start from. */
async function pizzeria() {
  const { restaurant, staff } = await outletWithStaff();
  const pizza = await createItem(restaurant.id, { name: "Margherita", priceCents: 1000 });
  const { group: size } = await createOptionGroup(staff, restaurant.id, {
    name: "Size",
    minSelect: 1,
    maxSelect: 1,
    options: [
      { name: "Small 25 cm", priceDeltaCents: -150 },
      { name: "Medium 30 cm", priceDeltaCents: 0, isDefault: true },
      { name: "Large 35 cm", priceDeltaCents: 300, allergens: ["gluten"] },
    ],
  });
  const { group: extras } = await createOptionGroup(staff, restaurant.id, {
    name: "Extras",
    minSelect: 0,
    maxSelect: 5,
    options: [{ name: "Extra mozzarella", priceDeltaCents: 150, allergens: ["milk"] }, { name: "Bacon", priceDeltaCents: 200, voidsDiet: ["Vegetarian"] }],
  });
  await attachOptionGroups(staff, restaurant.id, pizza.id, { groupIds: [size.id, extras.id] });
  return { restaurant, staff, pizza, size, extras };
}

async function sessionCookie(actor: Actor) {
  return `next-auth.session-token=${(await newSession(actor.userId)).token}`;
}

function putOptionAvailability(optionId: string, body: unknown, cookie?: string) {
  const req = new NextRequest(`http://localhost/api/v1/options/${optionId}/availability`, {
    method: "PUT",
    headers: { "content-type": "application/json", ...(cookie && { cookie }) },
    body: JSON.stringify(body),
  });
  return optionAvailabilityRoute(req, { params: Promise.resolve({ id: optionId }) });
}

describe("option groups and options", () => {
  it("are built once, attached to items in order, and shown to customers, tablets, the editor and the availability board", async () => {
    const { restaurant, staff, pizza, size, extras } = await pizzeria();
    const calzone = await createItem(restaurant.id, { name: "Calzone", priceCents: 1200 });
    await attachOptionGroups(staff, restaurant.id, calzone.id, { groupIds: [extras.id] });
    await updateItem(staff, restaurant.id, pizza.id, { allergens: ["milk", "gluten", "milk"], mayContain: ["nuts"] });

    expect(size).toMatchObject({ name: "Size", minSelect: 1, maxSelect: 1, position: 0, itemIds: [] });
    expect(size.options.map((o) => [o.name, o.priceDeltaCents, o.isDefault, o.position])).toEqual([
      ["Small 25 cm", -150, false, 0],
      ["Medium 30 cm", 0, true, 1],
      ["Large 35 cm", 300, false, 2],
    ]);
    expect(extras.options[1]!.voidsDiet).toEqual(["vegetarian"]);

    const onMenu = await customerItem(restaurant.id, pizza.id);
    expect(onMenu).toMatchObject({ name: "Margherita", priceCents: 1000, available: true, allergens: ["gluten", "milk"], mayContain: ["nuts"] });
    expect(onMenu.optionGroups.map((g) => g.name)).toEqual(["Size", "Extras"]);
    expect(onMenu.optionGroups[0]).toEqual({
      id: size.id,
      name: "Size",
      minSelect: 1,
      maxSelect: 1,
      options: [
        { id: size.options[0]!.id, name: "Small 25 cm", priceDeltaCents: -150, isDefault: false, available: true, allergens: [], mayContain: [], voidsDiet: [] },
        { id: size.options[1]!.id, name: "Medium 30 cm", priceDeltaCents: 0, isDefault: true, available: true, allergens: [], mayContain: [], voidsDiet: [] },
        { id: size.options[2]!.id, name: "Large 35 cm", priceDeltaCents: 300, isDefault: false, available: true, allergens: ["gluten"], mayContain: [], voidsDiet: [] },
      ],
    });
    expect((await customerItem(restaurant.id, calzone.id)).optionGroups.map((g) => g.id)).toEqual([extras.id]);

    const onTablet = await tabletItem(restaurant.id, pizza.id);
    expect(onTablet).toMatchObject({ name: "Margherita", price: 10, price_cents: 1000, available: true, allergens: ["gluten", "milk"], may_contain: ["nuts"] });
    expect(onTablet.option_groups[1]).toEqual({
      id: extras.id,
      name: "Extras",
      min_select: 0,
      max_select: 5,
      options: [
        { id: extras.options[0]!.id, name: "Extra mozzarella", price_delta: 1.5, price_delta_cents: 150, default: false, available: true, allergens: ["milk"] },
        { id: extras.options[1]!.id, name: "Bacon", price_delta: 2, price_delta_cents: 200, default: false, available: true, allergens: [] },
      ],
    });

    const { groups } = await listOptionGroups(staff, restaurant.id);
    expect(groups.map((g) => [g.name, [...g.itemIds].sort()])).toEqual([
      ["Size", [pizza.id]],
      ["Extras", [pizza.id, calzone.id].sort()],
    ]);
    const editable = await listEditableMenu(staff, restaurant.id);
    expect(editable.optionGroups.map((g) => g.id)).toEqual([size.id, extras.id]);
    expect(editable.uncategorised.find((i) => i.id === pizza.id)).toMatchObject({ groupIds: [size.id, extras.id], allergens: ["gluten", "milk"] });
    const board = await getAvailabilityBoard(staff, restaurant.id);
    expect(board.optionGroups.map((g) => [g.name, g.options.map((o) => [o.name, o.inStock, o.quantity, o.version])])).toEqual([
      ["Size", [["Small 25 cm", true, null, 0], ["Medium 30 cm", true, null, 0], ["Large 35 cm", true, null, 0]]],
      ["Extras", [["Extra mozzarella", true, null, 0], ["Bacon", true, null, 0]]],
    ]);

    // Two groups, two attachments and an item edit: five menu versions, each logged.
    expect(await menuVersionOf(restaurant.id)).toBe(6);
    const log = await prisma.menuChange.findMany({ where: { restaurantId: restaurant.id }, orderBy: { menuVersion: "asc" } });
    expect(log.map((c) => [c.action, c.menuVersion])).toEqual([
      ["option_group.created", 2],
      ["option_group.created", 3],
      ["item.option_groups_set", 4],
      ["item.option_groups_set", 5],
      ["item.updated", 6],
    ]);
  });

  it("edits, reorders and archives, each visible to customers at once", async () => {
    const { restaurant, staff, pizza, size, extras } = await pizzeria();
    await getMenu(restaurant.id); // cached from here on

    await updateOptionGroup(staff, restaurant.id, extras.id, { name: "Toppings", maxSelect: 3 });
    const { option: truffle } = await createOption(staff, restaurant.id, extras.id, { name: "Truffle", priceDeltaCents: 450 });
    expect(truffle.position).toBe(2);
    // A new default in a choose-one group replaces the old one.
    await updateOption(staff, restaurant.id, size.id, size.options[2]!.id, { isDefault: true, priceDeltaCents: 350 });
    await archiveOption(staff, restaurant.id, extras.id, extras.options[1]!.id);
    await attachOptionGroups(staff, restaurant.id, pizza.id, { groupIds: [extras.id, size.id] });

    let groups = (await customerItem(restaurant.id, pizza.id)).optionGroups;
    expect(groups.map((g) => [g.name, g.maxSelect, g.options.map((o) => o.name)])).toEqual([
      ["Toppings", 3, ["Extra mozzarella", "Truffle"]],
      ["Size", 1, ["Small 25 cm", "Medium 30 cm", "Large 35 cm"]],
    ]);
    expect(groups[1]!.options.map((o) => [o.isDefault, o.priceDeltaCents])).toEqual([
      [false, -150],
      [false, 0],
      [true, 350],
    ]);

    await archiveOptionGroup(staff, restaurant.id, size.id);
    groups = (await customerItem(restaurant.id, pizza.id)).optionGroups;
    expect(groups.map((g) => g.name)).toEqual(["Toppings"]);
    expect(await prisma.itemOptionGroup.count({ where: { groupId: size.id } })).toBe(0);
    expect(await statusOf(updateOptionGroup(staff, restaurant.id, size.id, { name: "Again" }))).toBe(404);

    await attachOptionGroups(staff, restaurant.id, pizza.id, { groupIds: [] });
    expect((await tabletItem(restaurant.id, pizza.id)).option_groups).toEqual([]);
  });

  it("never leaves an item attached to an archived group when the two race", async () => {
    const { restaurant, staff, pizza } = await pizzeria();
    for (let round = 0; round < 5; round++) {
      const { group } = await createOptionGroup(staff, restaurant.id, { name: `Dip ${round}`, minSelect: 1, maxSelect: 1, options: [{ name: "Aioli", priceDeltaCents: 50 }] });
      const [attached, archived] = await Promise.all([
        statusOf(attachOptionGroups(staff, restaurant.id, pizza.id, { groupIds: [group.id] })),
        statusOf(archiveOptionGroup(staff, restaurant.id, group.id)),
      ]);
      expect(archived).toBe(200);
      expect([200, 404]).toContain(attached);
      expect(await prisma.itemOptionGroup.count({ where: { groupId: group.id } })).toBe(0);
    }
    // The required groups that lost the race never made the pizza unorderable.
    expect((await customerItem(restaurant.id, pizza.id)).available).toBe(true);
  });

  it("refuses bad input with a 400 and writes nothing", async () => {
    const { restaurant, staff, pizza, size } = await pizzeria();
    const version = await menuVersionOf(restaurant.id);
    const bad: [string, () => Promise<unknown>][] = [
      ["min > max", () => createOptionGroup(staff, restaurant.id, { name: "Sauce", minSelect: 2, maxSelect: 1 })],
      ["no name", () => createOptionGroup(staff, restaurant.id, { name: " ", minSelect: 0, maxSelect: 1 })],
      ["unknown field", () => createOptionGroup(staff, restaurant.id, { name: "Sauce", minSelect: 0, maxSelect: 1, required: true })],
      ["fractional cents", () => createOptionGroup(staff, restaurant.id, { name: "Sauce", minSelect: 0, maxSelect: 1, options: [{ name: "BBQ", priceDeltaCents: 0.5 }] })],
      ["unknown option allergen", () => createOptionGroup(staff, restaurant.id, { name: "Sauce", minSelect: 0, maxSelect: 1, options: [{ name: "Satay", priceDeltaCents: 0, allergens: ["peanut"] }] })],
      ["two defaults, choose one", () => createOptionGroup(staff, restaurant.id, { name: "Sauce", minSelect: 0, maxSelect: 1, options: [{ name: "A", priceDeltaCents: 0, isDefault: true }, { name: "B", priceDeltaCents: 0, isDefault: true }] })],
      ["min above stored max", () => updateOptionGroup(staff, restaurant.id, size.id, { minSelect: 2 })],
      ["empty edit", () => updateOptionGroup(staff, restaurant.id, size.id, {})],
      ["unknown item allergen", () => updateItem(staff, restaurant.id, pizza.id, { allergens: ["gluten", () => "shellfish"] })],
      ["unknown may-contain", () => createMenuItem(staff, restaurant.id, { category_id: null, name: "Focaccia", price: 5, mayContain: ["Nuts"] })],
      ["option: bad id", () => updateOption(staff, restaurant.id, size.id, "not-a-uuid", { name: "X" })],
      ["attach: group twice", () => attachOptionGroups(staff, restaurant.id, pizza.id, { groupIds: [size.id, size.id] })],
      ["count: negative", () => setOptionCount(staff, size.options[0]!.id, { quantity: -1 })],
    ];
    for (const [what, call] of bad) expect(await statusOf(call()), what).toBe(400);
    expect(await menuVersionOf(restaurant.id)).toBe(version);
    expect(await prisma.optionGroup.count({ where: { restaurantId: restaurant.id } })).toBe(2);
    expect((await prisma.foodItem.findUniqueOrThrow({ where: { id: pizza.id } })).allergens).toEqual([]);
  });

  it("keeps each outlet's groups, options and items to its own staff (401 signed out, 403 others)", async () => {
    const { restaurant, staff, pizza, size } = await pizzeria();
    const other = await outletWithStaff();
    const { group: otherGroup } = await createOptionGroup(other.staff, other.restaurant.id, { name: "Sides", minSelect: 0, maxSelect: 2 });
    const otherItem = await createItem(other.restaurant.id, { name: "Burger" });
    const customer = await createActor("CUSTOMER");

    // Another outlet's group or item is not found in this outlet: nothing is attached across.
    expect(await statusOf(attachOptionGroups(staff, restaurant.id, pizza.id, { groupIds: [size.id, otherGroup.id] }))).toBe(404);
    expect(await statusOf(attachOptionGroups(staff, restaurant.id, otherItem.id, { groupIds: [size.id] }))).toBe(404);
    expect(await statusOf(updateOptionGroup(staff, restaurant.id, otherGroup.id, { name: "Mine" }))).toBe(404);
    expect(await statusOf(createOption(staff, restaurant.id, otherGroup.id, { name: "Fries" }))).toBe(404);
    expect((await listOptionGroups(staff, restaurant.id)).groups[0]!.itemIds).toEqual([pizza.id]);

    // Acting on another outlet, or as another role: 403.
    for (const call of [
      () => listOptionGroups(staff, other.restaurant.id),
      () => createOptionGroup(staff, other.restaurant.id, { name: "Mine", minSelect: 0, maxSelect: 1 }),
      () => attachOptionGroups(staff, other.restaurant.id, otherItem.id, { groupIds: [] }),
      () => setOptionAvailability(staff, otherGroup.id, { available: false }), // not an option id: same 403
      () => createOptionGroup(customer, restaurant.id, { name: "Mine", minSelect: 0, maxSelect: 1 }),
      () => setOptionAvailability(customer, size.options[0]!.id, { available: false }),
    ]) {
      expect(await statusOf(call())).toBe(403);
    }

    // Over HTTP: signed out 401, another outlet's staff 403, the outlet's staff 200.
    const list = (cookie?: string) =>
      optionGroupsRoute(new NextRequest(`http://localhost/api/v1/restaurants/${restaurant.id}/menu/option-groups`, { headers: cookie ? { cookie } : {} }), {
        params: Promise.resolve({ id: restaurant.id }),
      });
    expect((await list()).status).toBe(401);
    expect((await list(await sessionCookie(other.staff))).status).toBe(403);
    const listed = await list(await sessionCookie(staff));
    expect(listed.status).toBe(200);
    expect(((await listed.json()) as { groups: unknown[] }).groups).toHaveLength(2);
    const created = await createGroupRoute(
      new NextRequest(`http://localhost/api/v1/restaurants/${restaurant.id}/menu/option-groups`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: await sessionCookie(staff) },
        body: JSON.stringify({ name: "Dips", minSelect: 0, maxSelect: 2, options: [{ name: "Garlic mayo", priceDeltaCents: 80, allergens: ["eggs"] }] }),
      }),
      { params: Promise.resolve({ id: restaurant.id }) },
    );
    expect(created.status).toBe(201);
    expect(((await created.json()) as { group: { name: string; options: { allergens: string[] }[] } }).group).toMatchObject({ name: "Dips", options: [{ allergens: ["eggs"] }] });
    expect((await putOptionAvailability(size.options[0]!.id, { available: false })).status).toBe(401);
    expect((await putOptionAvailability(size.options[0]!.id, { available: false }, await sessionCookie(other.staff))).status).toBe(403);
    expect((await prisma.menuOption.findUniqueOrThrow({ where: { id: size.options[0]!.id } })).inStock).toBe(true);
  });
});

describe("option availability", () => {
  it("86s an option through the API: gone from menus and tablets at once, announced live, and back", async () => {
    const { restaurant, staff, pizza, extras } = await pizzeria();
    await getMenu(restaurant.id); // cached from here on
    const mozzarella = extras.options[0]!;
    const { port } = await (realtime ??= startTestRealtimeServer({ instance: "menu-options-test" }));
    const follower: Socket<PublicServerToClientEvents, PublicClientToServerEvents> = io(`http://127.0.0.1:${port}/public`, {
      transports: ["websocket"],
      forceNew: true,
      reconnection: false,
    });
    sockets.push(follower);
    const changes: MenuChangedMessage[] = [];
    follower.on("menu:changed", (message) => changes.push(message));
    const version = await menuVersionOf(restaurant.id);
    expect(await follower.emitWithAck("menu:follow", { restaurantId: restaurant.id })).toEqual({ ok: true, menuVersion: version });

    const cookie = await sessionCookie(staff);
    const res = await putOptionAvailability(mozzarella.id, { available: false, reason: "Out of mozzarella" }, cookie);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ option: { id: mozzarella.id, inStock: false, changed: true, menuVersion: version + 1 } });
    await expect.poll(() => changes, WAIT).toEqual([{ restaurantId: restaurant.id, menuVersion: version + 1 }]);

    const onMenu = (await customerItem(restaurant.id, pizza.id)).optionGroups[1]!.options[0]!;
    expect(onMenu).toMatchObject({ name: "Extra mozzarella", available: false });
    expect((await tabletItem(restaurant.id, pizza.id)).option_groups[1]!.options[0]).toMatchObject({ name: "Extra mozzarella", available: false });
    // An optional extra 86'd leaves the pizza orderable.
    expect((await customerItem(restaurant.id, pizza.id)).available).toBe(true);
    const board = await getAvailabilityBoard(staff, restaurant.id);
    expect(board.reports[0]).toMatchObject({ kind: "ITEM_OUT_OF_STOCK", reason: "Out of mozzarella", payload: { itemName: "Extras: Extra mozzarella", optionId: mozzarella.id } });

    // Pressing the same switch again changes nothing and announces nothing.
    expect(await (await putOptionAvailability(mozzarella.id, { available: false }, cookie)).json()).toMatchObject({ option: { changed: false } });
    await putOptionAvailability(mozzarella.id, { available: true }, cookie);
    await expect.poll(() => changes.map((c) => c.menuVersion), WAIT).toEqual([version + 1, version + 2]);
    expect((await customerItem(restaurant.id, pizza.id)).optionGroups[1]!.options[0]!.available).toBe(true);
  });

  it("makes an item unavailable while a required group has no available option", async () => {
    const { restaurant, staff, pizza, size } = await pizzeria();
    for (const option of size.options.slice(0, 2)) await setOptionAvailability(staff, option.id, { available: false });
    expect((await customerItem(restaurant.id, pizza.id)).available).toBe(true);
    await setOptionCount(staff, size.options[2]!.id, { quantity: 0 });
    expect(await customerItem(restaurant.id, pizza.id)).toMatchObject({ available: false });
    expect(await tabletItem(restaurant.id, pizza.id)).toMatchObject({ available: false });
    await setOptionCount(staff, size.options[2]!.id, { quantity: 4 });
    expect((await customerItem(restaurant.id, pizza.id)).available).toBe(true);
  });

  it("counts an option's stock against the version read: a stale count is a 409 and changes nothing", async () => {
    const { restaurant, staff, extras } = await pizzeria();
    const truffle = extras.options[0]!;
    const cookie = await sessionCookie(staff);
    const first = await putOptionAvailability(truffle.id, { quantity: 8, version: 0 }, cookie);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ option: { quantity: 8, version: 1 } });
    // An order (or another count) moved the version on meanwhile.
    await prisma.menuOption.update({ where: { id: truffle.id }, data: { quantity: { decrement: 1 }, version: { increment: 1 } } });
    const stale = await putOptionAvailability(truffle.id, { quantity: 20, version: 1 }, cookie);
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ code: "version_conflict", details: { currentVersion: 2 } });
    expect(await prisma.menuOption.findUniqueOrThrow({ where: { id: truffle.id } })).toMatchObject({ quantity: 7, version: 2 });

    // Two counts from the same read race: exactly one applies.
    const raced = await Promise.all([setOptionCount(staff, truffle.id, { quantity: 10, version: 2 }), setOptionCount(staff, truffle.id, { quantity: 11, version: 2 })].map(statusOf));
    expect(raced.sort()).toEqual([200, 409]);
    const board = await getAvailabilityBoard(staff, restaurant.id);
    expect(board.optionGroups[1]!.options[0]).toMatchObject({ version: 3 });
    expect([10, 11]).toContain(board.optionGroups[1]!.options[0]!.quantity);
  });
});
