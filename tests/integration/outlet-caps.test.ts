// Per-owner caps hold under concurrency: an outlet cannot grow past MAX_TABLES/ITEMS/
// CATEGORIES_PER_OUTLET nor an incident past MAX_COMMENTS_PER_INCIDENT, even when many
// creations race for the last places; the extra ones get 409 limit_reached and write nothing.
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.MAX_TABLES_PER_OUTLET = "3";
  process.env.MAX_CATEGORIES_PER_OUTLET = "2";
  process.env.MAX_ITEMS_PER_OUTLET = "3";
  process.env.MAX_COMMENTS_PER_INCIDENT = "2";
});

import { prisma } from "@/lib/db/client";
import { createCategory } from "@/lib/menu/create-category";
import { createItem } from "@/lib/menu/create-item";
import { listEditableMenu } from "@/lib/menu/list-editable-menu";
import { commentOnIncident } from "@/lib/monitoring/comment-on-incident";
import { listIncidentComments } from "@/lib/monitoring/list-incident-comments";
import { createTable } from "@/lib/tables/create-table";
import { listTables } from "@/lib/tables/list-tables";
import { createActor, createOpenRestaurant } from "../support/fixtures";
import { outletWithIncident } from "../support/monitoring";
import { statusOf } from "../support/status-of";

async function outletWithStaff() {
  const restaurant = await createOpenRestaurant({ name: "Capped Kitchen" });
  const staff = await createActor("RESTAURANT_STAFF", { restaurantIds: [restaurant.id] });
  return { restaurant, staff };
}

const statuses = (calls: Promise<unknown>[]) => Promise.all(calls.map(statusOf));

describe("per-outlet caps", () => {
  it("8 tables racing for an outlet capped at 3: exactly 3 are created, the rest 409", async () => {
    const { restaurant, staff } = await outletWithStaff();
    const results = await statuses(Array.from({ length: 8 }, (_, i) => createTable(staff, restaurant.id, { number: `T${i + 1}` })));
    expect(results.filter((s) => s === 200)).toHaveLength(3);
    expect(results.filter((s) => s === 409)).toHaveLength(5);
    expect((await listTables(staff, restaurant.id)).tables).toHaveLength(3);
    await expect(createTable(staff, restaurant.id, { number: "T99" })).rejects.toMatchObject({ status: 409, code: "limit_reached", details: { limit: 3 } });
  });

  it("categories and items stop at their caps; archived ones do not count", async () => {
    const { restaurant, staff } = await outletWithStaff();
    const categories = await statuses(Array.from({ length: 5 }, (_, i) => createCategory(staff, restaurant.id, { name: `Cat ${i}` })));
    expect(categories.filter((s) => s === 200)).toHaveLength(2);
    const [category] = (await listEditableMenu(staff, restaurant.id)).categories;
    const dish = (name: string) => createItem(staff, restaurant.id, { category_id: category!.id, name, price: 5 });
    const items = await statuses(Array.from({ length: 6 }, (_, i) => dish(`Dish ${i}`)));
    expect(items.filter((s) => s === 200)).toHaveLength(3);
    expect(items.filter((s) => s === 409)).toHaveLength(3);
    const menu = await listEditableMenu(staff, restaurant.id);
    expect(menu.categories).toHaveLength(2);
    expect(menu.categories[0]!.items).toHaveLength(3);
    await prisma.foodItem.updateMany({ where: { id: menu.categories[0]!.items[0]!.id }, data: { archivedAt: new Date() } });
    expect(await statusOf(dish("Replacement"))).toBe(200);
  });

  it("an incident takes at most MAX_COMMENTS_PER_INCIDENT comments", async () => {
    const { admin, incident } = await outletWithIncident();
    const results = await statuses(Array.from({ length: 4 }, (_, i) => commentOnIncident(admin, incident.id, { body: `Note ${i}` })));
    expect(results.sort()).toEqual([200, 200, 409, 409]);
    expect(await listIncidentComments(admin, incident.id)).toHaveLength(2);
  });
});
