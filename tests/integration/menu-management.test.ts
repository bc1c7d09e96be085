// Menu management (categories, items, order, photos) and tables against real PostgreSQL:
// every edit bumps the menu version, is logged, shows on the customer menu and in search,
// and stays inside the staff member's outlet. Photos go through the storage interface.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { getMenu } from "@/lib/catalog/get-menu";
import { searchCatalog } from "@/lib/catalog/search-catalog";
import { findTableByToken } from "@/lib/orders/place-table-order";
import { archiveCategory } from "@/lib/menu/archive-category";
import { archiveItem } from "@/lib/menu/archive-item";
import { createCategory } from "@/lib/menu/create-category";
import { createItem } from "@/lib/menu/create-item";
import { listEditableMenu } from "@/lib/menu/list-editable-menu";
import { listMenuChanges } from "@/lib/menu/list-menu-changes";
import { renameCategory } from "@/lib/menu/rename-category";
import { reorderCategories } from "@/lib/menu/reorder-categories";
import { reorderItems } from "@/lib/menu/reorder-items";
import { setItemPhoto } from "@/lib/menu/set-item-photo";
import { updateItem } from "@/lib/menu/update-item";
import { createLocalDiskStorage } from "@/lib/storage/local-disk-storage";
import { keyOfPublicUrl } from "@/lib/storage/storage";
import { createTable } from "@/lib/tables/create-table";
import { listTables } from "@/lib/tables/list-tables";
import { rotateTableToken } from "@/lib/tables/rotate-table-token";
import { createActor, createCatalogRestaurant, createCustomers, createOpenRestaurant } from "../support/fixtures";
import { statusOf } from "../support/status-of";

const uploadRoot = path.join(os.tmpdir(), `swifteats-uploads-${randomUUID()}`);
const storage = createLocalDiskStorage(uploadRoot);
afterAll(() => fs.rm(uploadRoot, { recursive: true, force: true }));

const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
const JPEG = Buffer.from("ffd8ffe000104a46494600010100000100010000", "hex");
const photo = (bytes: Buffer, type = "image/png") => new Blob([new Uint8Array(bytes)], { type });

async function outletWithStaff() {
  const restaurant = await createOpenRestaurant({ name: "Menu Kitchen" });
  const staff = await createActor("RESTAURANT_STAFF", { restaurantIds: [restaurant.id] });
  return { restaurant, staff };
}

const menuVersionOf = async (id: string) => (await prisma.restaurant.findUniqueOrThrow({ where: { id } })).menuVersion;

describe("menu management", () => {
  it("creates, edits, reorders and archives categories and items, each visible to customers at once", async () => {
    const { restaurant, staff } = await outletWithStaff();
    await getMenu(restaurant.id); // cached from here on

    const { category: mains } = await createCategory(staff, restaurant.id, { name: "Mains" });
    const { category: desserts } = await createCategory(staff, restaurant.id, { name: "Desserts" });
    const { item: pasta } = await createItem(staff, restaurant.id, { category_id: mains.id, name: "Pasta", price: "12.50", tags: ["Vegetarian", "vegetarian "] });
    const { item: risotto, menuVersion } = await createItem(staff, restaurant.id, { category_id: mains.id, name: "Risotto", price: 14, kind: "PREPARED", prep_minutes: 20 });
    const { item: tiramisu } = await createItem(staff, restaurant.id, { category_id: desserts.id, name: "Tiramisu", price: "6,5" });
    expect(pasta).toMatchObject({ priceCents: 1250, tags: ["vegetarian"], kind: "MADE_TO_ORDER", prepMinutes: 10, position: 0 });
    expect(risotto).toMatchObject({ priceCents: 1400, kind: "PREPARED", prepMinutes: 20, position: 1 });
    expect(tiramisu.priceCents).toBe(650);
    expect(menuVersion).toBe(5);

    let menu = await getMenu(restaurant.id);
    expect(menu.restaurant.menuVersion).toBe(6);
    expect(menu.categories.map((c) => [c.name, c.items.map((i) => i.name)])).toEqual([
      ["Mains", ["Pasta", "Risotto"]],
      ["Desserts", ["Tiramisu"]],
    ]);

    await updateItem(staff, restaurant.id, pasta.id, { name: "Pasta al pomodoro", price: "13.00", description: "San Marzano tomatoes" });
    await renameCategory(staff, restaurant.id, desserts.id, { name: "Dolci" });
    await reorderItems(staff, restaurant.id, { category_id: mains.id, ids: [risotto.id, pasta.id] });
    await reorderCategories(staff, restaurant.id, { ids: [desserts.id, mains.id] });
    menu = await getMenu(restaurant.id);
    expect(menu.categories.map((c) => [c.name, c.items.map((i) => [i.name, i.priceCents])])).toEqual([
      ["Dolci", [["Tiramisu", 650]]],
      ["Mains", [["Risotto", 1400], ["Pasta al pomodoro", 1300]]],
    ]);

    // Moving an item to another category puts it last there.
    const { item: moved } = await updateItem(staff, restaurant.id, pasta.id, { category_id: desserts.id });
    expect(moved).toMatchObject({ categoryId: desserts.id, position: 1 });

    await archiveItem(staff, restaurant.id, risotto.id);
    const archived = await archiveCategory(staff, restaurant.id, desserts.id);
    expect(archived.itemsArchived).toBe(2);
    menu = await getMenu(restaurant.id);
    expect(menu.categories).toEqual([]);
    expect(await statusOf(updateItem(staff, restaurant.id, risotto.id, { name: "Back?" }))).toBe(404);
    expect(menu.restaurant.menuVersion).toBe(await menuVersionOf(restaurant.id));
    expect(menu.restaurant.menuVersion).toBe(13);
  });

  it("logs who changed what, with the menu version each change made", async () => {
    const { restaurant, staff } = await outletWithStaff();
    const { category } = await createCategory(staff, restaurant.id, { name: "Pizza" });
    const { item } = await createItem(staff, restaurant.id, { category_id: category.id, name: "Margherita", price: "9.50" });
    await updateItem(staff, restaurant.id, item.id, { price: "10", tags: ["classic"] });
    await updateItem(staff, restaurant.id, item.id, { price: "10.00" }); // no change: no log, no version
    await archiveItem(staff, restaurant.id, item.id);

    const changes = await listMenuChanges(staff, restaurant.id);
    expect(changes.map((c) => [c.action, c.menuVersion, c.actorName])).toEqual([
      ["item.archived", 5, staff.name],
      ["item.updated", 4, staff.name],
      ["item.created", 3, staff.name],
      ["category.created", 2, staff.name],
    ]);
    expect(changes[1]!.changes).toEqual({ priceCents: [950, 1000], tags: [[], ["classic"]] });
    expect(changes[2]!.changes).toMatchObject({ name: "Margherita", priceCents: 950, categoryId: category.id });
    expect(changes.every((c) => c.entityId !== null)).toBe(true);
  });

  it("keeps search in step: new dishes are found, archived ones are not", async () => {
    const restaurant = await createCatalogRestaurant({ lat: 52.37, lng: 4.89, name: "Searchable Bistro" });
    const staff = await createActor("RESTAURANT_STAFF", { restaurantIds: [restaurant.id] });
    const found = async (q: string) => (await searchCatalog({ q })).restaurants.find((r) => r.id === restaurant.id);
    expect(await found("shakshuka")).toBeUndefined();
    const { item } = await createItem(staff, restaurant.id, { category_id: null, name: "Shakshuka", price: "11", tags: ["brunch"] });
    expect((await found("shakshuka"))?.matchedDishes.map((d) => d.name)).toEqual(["Shakshuka"]);
    await updateItem(staff, restaurant.id, item.id, { name: "Green shakshuka" });
    expect((await found("green shakshuka"))?.matchedDishes.map((d) => d.name)).toEqual(["Green shakshuka"]);
    await archiveItem(staff, restaurant.id, item.id);
    expect(await found("shakshuka")).toBeUndefined();
  });

  it("refuses staff of another outlet (403) and items or categories of another outlet (404)", async () => {
    const a = await outletWithStaff();
    const b = await outletWithStaff();
    const { category: catB } = await createCategory(b.staff, b.restaurant.id, { name: "B's" });
    const { item: itemB } = await createItem(b.staff, b.restaurant.id, { category_id: catB.id, name: "B's dish", price: "5" });
    const [customer] = await createCustomers(1);
    const versionB = await menuVersionOf(b.restaurant.id);

    const intoB = (actor: Actor) => [
      () => listEditableMenu(actor, b.restaurant.id),
      () => listMenuChanges(actor, b.restaurant.id),
      () => createCategory(actor, b.restaurant.id, { name: "Mine now" }),
      () => renameCategory(actor, b.restaurant.id, catB.id, { name: "Mine now" }),
      () => archiveCategory(actor, b.restaurant.id, catB.id),
      () => reorderCategories(actor, b.restaurant.id, { ids: [catB.id] }),
      () => createItem(actor, b.restaurant.id, { category_id: null, name: "Mine", price: "1" }),
      () => updateItem(actor, b.restaurant.id, itemB.id, { price: "0.01" }),
      () => archiveItem(actor, b.restaurant.id, itemB.id),
      () => reorderItems(actor, b.restaurant.id, { category_id: catB.id, ids: [itemB.id] }),
      () => setItemPhoto(actor, b.restaurant.id, itemB.id, photo(PNG), storage),
      () => listTables(actor, b.restaurant.id),
      () => createTable(actor, b.restaurant.id, { number: "X1" }),
    ];
    for (const call of [...intoB(a.staff), ...intoB(customer!)]) expect(await statusOf(call())).toBe(403);

    // Through their own outlet's URL, B's rows are simply not there.
    const viaA = [
      () => updateItem(a.staff, a.restaurant.id, itemB.id, { price: "0.01" }),
      () => archiveItem(a.staff, a.restaurant.id, itemB.id),
      () => renameCategory(a.staff, a.restaurant.id, catB.id, { name: "Mine" }),
      () => archiveCategory(a.staff, a.restaurant.id, catB.id),
      () => createItem(a.staff, a.restaurant.id, { category_id: catB.id, name: "Sneaky", price: "1" }),
      () => setItemPhoto(a.staff, a.restaurant.id, itemB.id, photo(PNG), storage),
    ];
    for (const call of viaA) expect(await statusOf(call())).toBe(404);
    expect(await menuVersionOf(b.restaurant.id)).toBe(versionB);
    expect(await prisma.foodItem.findUniqueOrThrow({ where: { id: itemB.id } })).toMatchObject({ priceCents: 500, archivedAt: null, photoUrl: null });
  });

  it("answers bad input with 400 and a stale reorder with 409", async () => {
    const { restaurant, staff } = await outletWithStaff();
    const { category } = await createCategory(staff, restaurant.id, { name: "Mains" });
    const { item } = await createItem(staff, restaurant.id, { category_id: category.id, name: "Soup", price: "5" });
    const badItems: unknown[] = [
      {},
      { category_id: null, name: "", price: "5" },
      { category_id: null, name: "X", price: "5.555" },
      { category_id: null, name: "X", price: "-5" },
      { category_id: null, name: "X", price: "0" },
      { category_id: null, name: "X", price: 0.1 + 0.2 },
      { category_id: null, name: "X", price: "5", kind: "FROZEN" },
      { category_id: null, name: "X", price: "5", prep_minutes: 0 },
      { category_id: null, name: "X", price: "5", tags: Array.from({ length: 11 }, (_, i) => `t${i}`) },
      { category_id: "nope", name: "X", price: "5" },
      { category_id: null, name: "X", price: "5", priceCents: 500 },
    ];
    for (const body of badItems) expect(await statusOf(createItem(staff, restaurant.id, body)), JSON.stringify(body)).toBe(400);
    expect(await statusOf(updateItem(staff, restaurant.id, item.id, {}))).toBe(400);
    expect(await statusOf(createCategory(staff, restaurant.id, { name: "  " }))).toBe(400);
    expect(await statusOf(reorderItems(staff, restaurant.id, { category_id: category.id, ids: [item.id, item.id] }))).toBe(400);
    expect(await statusOf(createItem(staff, "not-a-uuid", { category_id: null, name: "X", price: "5" }))).toBe(400);

    // A list that misses an item added meanwhile would silently misplace it: 409.
    await createItem(staff, restaurant.id, { category_id: category.id, name: "Bread", price: "3" });
    expect(await statusOf(reorderItems(staff, restaurant.id, { category_id: category.id, ids: [item.id] }))).toBe(409);
    expect(await statusOf(reorderCategories(staff, restaurant.id, { ids: [randomUUID()] }))).toBe(409);
  });

  it("stores photos through the storage interface: checked by content and size, old file removed", async () => {
    const { restaurant, staff } = await outletWithStaff();
    const { item } = await createItem(staff, restaurant.id, { category_id: null, name: "Burger", price: "10" });

    const first = await setItemPhoto(staff, restaurant.id, item.id, photo(PNG), storage);
    const firstKey = keyOfPublicUrl(first.item.photoUrl)!;
    expect(firstKey).toMatch(new RegExp(`^menu/${restaurant.id}/[0-9a-f-]{36}\\.png$`));
    expect(await storage.get(firstKey)).toEqual({ data: PNG, contentType: "image/png" });
    expect((await getMenu(restaurant.id)).categories[0]!.items[0]!.photoUrl).toBe(first.item.photoUrl);

    // Declared as PNG, really a JPEG: the bytes decide.
    const second = await setItemPhoto(staff, restaurant.id, item.id, photo(JPEG, "image/png"), storage);
    const secondKey = keyOfPublicUrl(second.item.photoUrl)!;
    expect(secondKey).toMatch(/\.jpg$/);
    expect(await storage.get(firstKey)).toBeNull();
    expect((await storage.get(secondKey))?.contentType).toBe("image/jpeg");

    const tooBig = Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]);
    const refused = [photo(Buffer.from("GIF89a......")), photo(Buffer.from("<svg onload=alert(1)>"), "image/png"), photo(tooBig), null, photo(Buffer.alloc(0))];
    for (const file of refused) expect(await statusOf(setItemPhoto(staff, restaurant.id, item.id, file, storage))).toBe(400);
    expect((await prisma.foodItem.findUniqueOrThrow({ where: { id: item.id } })).photoUrl).toBe(second.item.photoUrl);
    const files = await fs.readdir(path.join(uploadRoot, "menu", restaurant.id));
    expect(files).toEqual([path.basename(secondKey)]);
  });

  it("local disk storage keeps files inside its folder", async () => {
    for (const key of ["../escape.png", "menu/../../x.png", "/etc/passwd", "menu/x.exe", "Menu/X.PNG", "menu//x.png"]) {
      await expect(storage.put(key, PNG, "image/png"), key).rejects.toThrow("Invalid storage key");
      expect(await storage.get(key)).toBeNull();
    }
    await storage.put("menu/a/b.webp", PNG, "image/webp");
    expect(await storage.get("menu/a/b.webp")).toEqual({ data: PNG, contentType: "image/webp" });
    await storage.delete("menu/a/b.webp");
    await storage.delete("menu/a/b.webp"); // already gone: fine
    expect(await storage.get("menu/a/b.webp")).toBeNull();
  });
});

describe("tables", () => {
  it("lists tables in number order, adds one, and rotating a token kills the old link at once", async () => {
    const { restaurant, staff } = await outletWithStaff();
    for (const number of ["T10", "T2", "T1"]) await createTable(staff, restaurant.id, { number, seats: 2 });
    expect(await statusOf(createTable(staff, restaurant.id, { number: "T2" }))).toBe(409);
    expect(await statusOf(createTable(staff, restaurant.id, { number: "<script>" }))).toBe(400);

    const { tables } = await listTables(staff, restaurant.id);
    expect(tables.map((t) => t.number)).toEqual(["T1", "T2", "T10"]);
    const t1 = tables[0]!;
    expect(t1.token).toMatch(/^[\w-]{32}$/);
    expect(await findTableByToken(t1.token)).toMatchObject({ id: t1.id });

    const rotated = await rotateTableToken(staff, restaurant.id, t1.id);
    expect(rotated.token).not.toBe(t1.token);
    expect(await findTableByToken(t1.token)).toBeNull();
    expect(await findTableByToken(rotated.token)).toMatchObject({ id: t1.id, number: "T1" });

    const other = await outletWithStaff();
    expect(await statusOf(rotateTableToken(other.staff, restaurant.id, t1.id))).toBe(403);
    expect(await statusOf(rotateTableToken(other.staff, other.restaurant.id, t1.id))).toBe(404);
  });
});
