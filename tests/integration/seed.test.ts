// The demo seed writes the world the app, the e2e tests and the start-up banner rely on:
// once, all of it, and identically on every machine. The scale seed adds synthetic
// benchmark rows in batches and can be run again to add more.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { openingStateAt, type OpeningHours } from "@/lib/catalog/opening-hours";
import { verifyPassword } from "@/lib/auth/password";
import { encodeGeohash } from "@/lib/geo/geohash";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TABLE_TOKEN } from "@/prisma/seed/demo-accounts";
import { buildDemoPlan } from "@/prisma/seed/build-demo-plan";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { SCALE_CITY, seedScale, type ScaleProgress } from "@/prisma/seed/seed-scale";
import { createTestDatabase } from "../support/test-database";

const account = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;

/** Everything a demo user can see, in a canonical order, without the random ids. */
async function contentDigest(db: PrismaClient): Promise<string> {
  const restaurants = await db.restaurant.findMany({
    where: { city: "Amsterdam" },
    orderBy: { name: "asc" },
    select: {
      name: true, cuisines: true, dietaryTags: true, priceLevel: true, rating: true, ratingCount: true, lat: true, lng: true,
      address: true, deliveryFeeCents: true, minOrderCents: true, chain: { select: { slug: true } },
      openingPeriods: { orderBy: [{ dayOfWeek: "asc" }, { opensMinute: "asc" }], select: { dayOfWeek: true, opensMinute: true, closesMinute: true } },
      openingExceptions: { orderBy: { date: "asc" }, select: { date: true, closed: true, opensMinute: true, closesMinute: true } },
      items: {
        orderBy: [{ category: { position: "asc" } }, { position: "asc" }],
        select: { name: true, priceCents: true, tags: true, kind: true, inStock: true, category: { select: { name: true } }, inventory: { select: { quantity: true, maxQuantity: true } } },
      },
      tables: { orderBy: { number: "asc" }, select: { number: true, token: true, seats: true } },
      listings: { orderBy: { channel: { code: "asc" } }, select: { externalId: true, channel: { select: { code: true } } } },
    },
  });
  const users = await db.user.findMany({
    orderBy: { email: "asc" },
    select: { email: true, name: true, role: true, driver: { select: { vehicle: true, lastLat: true, lastLng: true, rating: true } } },
  });
  return createHash("sha256").update(JSON.stringify({ restaurants, users })).digest("hex");
}

async function tableCounts() {
  return Promise.all([
    prisma.chain.count(), prisma.restaurant.count(), prisma.openingPeriod.count(), prisma.openingException.count(),
    prisma.menuCategory.count(), prisma.foodItem.count(), prisma.inventory.count(), prisma.diningTable.count(),
    prisma.user.count(), prisma.driver.count(), prisma.address.count(), prisma.salesChannel.count(), prisma.listing.count(),
  ]);
}

async function hoursOf(restaurantId: string): Promise<OpeningHours> {
  const r = await prisma.restaurant.findUniqueOrThrow({
    where: { id: restaurantId },
    select: { timeZone: true, openingPeriods: true, openingExceptions: true },
  });
  return { timeZone: r.timeZone, periods: r.openingPeriods, exceptions: r.openingExceptions };
}

/** Open at every hour of a week (and across the New Year and Christmas holidays). */
function openAllWeek(hours: OpeningHours): boolean {
  const starts = ["2026-11-23T00:30:00Z", "2026-12-24T00:30:00Z", "2026-12-30T00:30:00Z"].map((s) => new Date(s).getTime());
  return starts.every((start) =>
    Array.from({ length: 7 * 24 }, (_, h) => new Date(start + h * 3_600_000)).every((t) => openingStateAt(hours, t).open),
  );
}

describe("demo seed", () => {
  beforeAll(async () => {
    expect(await seedDemo(prisma)).toEqual({ seeded: true });
  });

  it("writes ~40 Amsterdam restaurants in chains of 5+ outlets, each with 15–40 stocked items", async () => {
    const restaurants = await prisma.restaurant.findMany({
      include: { items: { include: { inventory: true } }, chain: true },
    });
    expect(restaurants.length).toBeGreaterThanOrEqual(38);
    for (const r of restaurants) {
      expect(r.city).toBe("Amsterdam");
      expect(r.lat).toBeGreaterThanOrEqual(52.33);
      expect(r.lat).toBeLessThanOrEqual(52.4);
      expect(r.lng).toBeGreaterThanOrEqual(4.84);
      expect(r.lng).toBeLessThanOrEqual(4.95);
      expect(r.geoKey).toBe(encodeGeohash(r.lat, r.lng, 5));
      expect(Number(r.rating)).toBeGreaterThanOrEqual(3.6);
      expect(Number(r.rating)).toBeLessThanOrEqual(4.9);
      expect(r.items.length, r.name).toBeGreaterThanOrEqual(15);
      expect(r.items.length, r.name).toBeLessThanOrEqual(40);
      for (const item of r.items) {
        expect(Number.isInteger(item.priceCents) && item.priceCents > 0, item.name).toBe(true);
        expect(item.inventory, `${r.name}: ${item.name}`).not.toBeNull();
        // Nothing starts sold out: a tracked count is positive.
        expect(item.inventory!.quantity === null || item.inventory!.quantity > 0).toBe(true);
      }
    }
    const chains = await prisma.chain.findMany({ include: { _count: { select: { restaurants: true } } } });
    expect(chains.length).toBeGreaterThanOrEqual(3);
    for (const chain of chains) expect(chain._count.restaurants, chain.name).toBeGreaterThanOrEqual(5);
    // Only a deliberate one or two items are switched off.
    expect(await prisma.foodItem.count({ where: { inStock: false } })).toBeLessThanOrEqual(2);
    const cuisines = new Set(restaurants.flatMap((r) => r.cuisines));
    for (const c of ["Pizza", "Kebab", "Sushi", "Burgers", "Indian", "Thai", "Surinamese", "Vegan", "Bakery", "Poke"]) {
      expect(cuisines, c).toContain(c);
    }
  });

  it("creates each demo login with its role, the shared password and its scope", async () => {
    for (const a of DEMO_ACCOUNTS) {
      const user = await prisma.user.findUniqueOrThrow({ where: { email: a.email }, omit: { passwordHash: false } });
      expect(user.role).toBe(a.role);
    }
    const customer = await prisma.user.findUniqueOrThrow({ where: { email: account("CUSTOMER").email }, omit: { passwordHash: false } });
    expect(await verifyPassword(DEMO_PASSWORD, customer.passwordHash)).toBe(true);
    expect(await prisma.address.count({ where: { userId: customer.id } })).toBeGreaterThanOrEqual(2);

    const chainAdmin = await prisma.user.findUniqueOrThrow({ where: { email: account("CHAIN_ADMIN").email } });
    const staff = await prisma.user.findUniqueOrThrow({ where: { email: account("RESTAURANT_STAFF").email }, include: { staffOf: { include: { restaurant: true } } } });
    expect(staff.staffOf).toHaveLength(1);
    expect(staff.staffOf[0]!.restaurant.chainId).toBe(chainAdmin.chainId);

    const table = await prisma.diningTable.findUniqueOrThrow({ where: { token: DEMO_TABLE_TOKEN } });
    expect(table).toMatchObject({ restaurantId: staff.staffOf[0]!.restaurantId, number: "T1" });
    const otherTokens = await prisma.diningTable.findMany({ where: { token: { not: DEMO_TABLE_TOKEN } }, select: { token: true } });
    for (const { token } of otherTokens) expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it("has about 30 offline drivers spread over the city, the demo driver among them", async () => {
    const drivers = await prisma.driver.findMany({ include: { user: true } });
    expect(drivers.length).toBeGreaterThanOrEqual(25);
    expect(drivers.length).toBeLessThanOrEqual(35);
    expect(drivers.map((d) => d.user.email)).toContain(account("DRIVER").email);
    for (const d of drivers) {
      expect(d.user.role).toBe("DRIVER");
      expect(d.status).toBe("OFFLINE");
      expect(d.lastLat).toBeGreaterThanOrEqual(52.33);
      expect(d.lastLng).toBeLessThanOrEqual(4.95);
    }
    expect(new Set(drivers.map((d) => d.vehicle)).size).toBeGreaterThan(1);
  });

  it("keeps the staff outlet, more of its chain and 5+ outlets in all open around the clock", async () => {
    const chainAdmin = await prisma.user.findUniqueOrThrow({ where: { email: account("CHAIN_ADMIN").email } });
    const staffOutlet = await prisma.staffAssignment.findFirstOrThrow({ where: { user: { email: account("RESTAURANT_STAFF").email } } });
    expect(openAllWeek(await hoursOf(staffOutlet.restaurantId))).toBe(true);

    const alwaysOpen = [];
    for (const r of await prisma.restaurant.findMany({ select: { id: true, chainId: true } })) {
      if (openAllWeek(await hoursOf(r.id))) alwaysOpen.push(r);
    }
    expect(alwaysOpen.length).toBeGreaterThanOrEqual(5);
    expect(alwaysOpen.filter((r) => r.chainId === chainAdmin.chainId && r.id !== staffOutlet.restaurantId).length).toBeGreaterThanOrEqual(1);
  });

  it("includes split lunch/dinner service, late-night periods past midnight and dated exceptions", async () => {
    expect(await prisma.openingPeriod.count({ where: { closesMinute: { gt: 1440 } } })).toBeGreaterThan(0);
    const split = await prisma.openingPeriod.groupBy({ by: ["restaurantId", "dayOfWeek"], _count: true });
    expect(split.some((g) => g._count >= 2)).toBe(true);
    expect(await prisma.openingException.count({ where: { closed: true } })).toBeGreaterThanOrEqual(2);
  });

  it("lists chain outlets on every channel and independents on Swift Eats and table ordering", async () => {
    const channels = await prisma.salesChannel.findMany({ orderBy: { code: "asc" } });
    expect(channels.map((c) => [c.code, c.kind])).toEqual([
      ["deliveroo-sim", "PARTNER"],
      ["swifteats", "MARKETPLACE"],
      ["table", "TABLE"],
      ["ubereats-sim", "PARTNER"],
    ]);
    for (const r of await prisma.restaurant.findMany({ include: { listings: { include: { channel: true } } } })) {
      const codes = r.listings.map((l) => l.channel.code).sort();
      expect(codes, r.name).toEqual(r.chainId ? ["deliveroo-sim", "swifteats", "table", "ubereats-sim"] : ["swifteats", "table"]);
    }
  });

  it("gives demo menus option groups and allergens, with required choices only on dishes added for them", async () => {
    const centrum = await prisma.restaurant.findFirstOrThrow({
      where: { name: "Forno Rosso Centrum" },
      include: {
        items: { include: { optionGroups: { orderBy: { position: "asc" }, include: { group: { include: { options: { orderBy: { position: "asc" } } } } } } } },
      },
    });
    const item = (name: string) => centrum.items.find((i) => i.name === name)!;
    const groupsOf = (name: string) => item(name).optionGroups.map((a) => [a.group.name, a.group.minSelect, a.group.maxSelect]);
    expect(groupsOf("Pizza a Modo Tuo")).toEqual([["Size", 1, 1], ["Crust", 0, 1], ["Extras", 0, 5]]);
    expect(item("Pizza a Modo Tuo").optionGroups[0]!.group.options.map((o) => [o.name, o.priceDeltaCents, o.isDefault])).toEqual([
      ["Small 25 cm", -250, false],
      ["Medium 30 cm", 0, true],
      ["Large 35 cm", 350, false],
      ["Famiglia 45 cm", 900, false],
    ]);
    expect(groupsOf("Margherita")).toEqual([["Extras", 0, 5]]);
    expect(item("Margherita").allergens).toEqual(["gluten", "milk"]);
    expect(item("Margherita Senza Glutine").allergens).not.toContain("gluten");
    // One "Extras" group per outlet, shared by every pizza: edited once.
    expect(new Set(centrum.items.flatMap((i) => i.optionGroups.filter((a) => a.group.name === "Extras").map((a) => a.groupId))).size).toBe(1);

    // Dishes the existing journeys add without choosing (each menu's first dishes) have no required group.
    const required = await prisma.itemOptionGroup.findMany({
      where: { group: { minSelect: { gt: 0 } }, item: { restaurant: { city: "Amsterdam" } } },
      select: { item: { select: { name: true } } },
    });
    expect([...new Set(required.map((a) => a.item.name))].sort()).toEqual([
      "Build Your Stack",
      "Chef's Choice Set",
      "Fresh Iced Tea",
      "Limonata della Casa",
      "Pizza a Modo Tuo",
    ]);
  });

  it("does nothing when run again", async () => {
    const before = await tableCounts();
    expect(await seedDemo(prisma)).toEqual({ seeded: false });
    expect(await tableCounts()).toEqual(before);
  });

  it("writes the catalog's content, identically into another fresh database, once when two runs race", async () => {
    const plan = buildDemoPlan();
    const items = await prisma.foodItem.findMany({ select: { priceCents: true, name: true, restaurant: { select: { name: true } } } });
    const seeded = items.map((i) => `${i.restaurant.name}|${i.name}|${i.priceCents}`).sort();
    const planned = plan.restaurants.flatMap((r) => r.categories.flatMap((c) => c.items.map((i) => `${r.name}|${i.name}|${i.priceCents}`))).sort();
    expect(seeded).toEqual(planned);

    // Two processes (say `npm start` and `npm run db:seed`) seeding one fresh database.
    const other = await createTestDatabase();
    const clients = [createPrismaClient(other.url, 2), createPrismaClient(other.url, 2)];
    try {
      const results = await Promise.all(clients.map((db) => seedDemo(db)));
      expect(results.map((r) => r.seeded).sort()).toEqual([false, true]);
      expect(await contentDigest(clients[0]!)).toBe(await contentDigest(prisma));
    } finally {
      await Promise.all(clients.map((db) => db.$disconnect()));
      await other.drop();
    }
  });
});

describe("scale seed", () => {
  it("adds restaurants with items, stock, categories and daily hours in batches; a second run adds more", async () => {
    const progress: ScaleProgress[] = [];
    const result = await seedScale(process.env.DATABASE_URL!, {
      restaurants: 120,
      itemsPerRestaurant: 7,
      batchSize: 50,
      onProgress: (p) => progress.push(p),
    });
    expect(result).toMatchObject({ restaurants: 120, items: 840 });
    // Two batches run at once, so they may finish in either order; the total only grows.
    expect(progress).toHaveLength(3);
    expect(progress.map((p) => p.restaurants)).toEqual([...progress.map((p) => p.restaurants)].sort((a, b) => a - b));
    expect(progress.at(-1)!.restaurants).toBe(120);

    const scale = { restaurant: { city: SCALE_CITY } };
    expect(await prisma.restaurant.count({ where: { city: SCALE_CITY } })).toBe(120);
    expect(await prisma.foodItem.count({ where: scale })).toBe(840);
    expect(await prisma.inventory.count({ where: scale })).toBe(840);
    expect(await prisma.menuCategory.count({ where: scale })).toBe(360);
    expect(await prisma.openingPeriod.count({ where: scale })).toBe(840);
    // Two groups per outlet; "Extras" on every dish, a required "Size" on dishes 0 and 5 of 7.
    expect(await prisma.optionGroup.count({ where: scale })).toBe(240);
    expect(await prisma.menuOption.count({ where: scale })).toBe(120 * 7);
    expect(await prisma.itemOptionGroup.count({ where: { item: scale } })).toBe(120 * 9);

    // Rows written with raw SQL read back through Prisma like any others.
    const sample = await prisma.restaurant.findFirstOrThrow({
      where: { city: SCALE_CITY },
      include: { items: { include: { inventory: true, category: true } }, openingPeriods: true },
    });
    expect(z.uuid().safeParse(sample.id).success).toBe(true);
    expect(sample.geoKey).toBe(encodeGeohash(sample.lat, sample.lng, 5));
    expect(sample.openingPeriods.map((p) => p.dayOfWeek).sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    for (const item of sample.items) {
      expect(item.name.length).toBeGreaterThan(3);
      expect(item.category).not.toBeNull();
      expect(item.priceCents).toBeGreaterThanOrEqual(450);
      expect(item.inventory!.quantity === null || item.inventory!.quantity > 0).toBe(true);
    }
    expect(sample.items.some((i) => i.kind === "PREPARED" && i.inventory!.quantity! > 0)).toBe(true);

    await seedScale(process.env.DATABASE_URL!, { restaurants: 30, itemsPerRestaurant: 7, batchSize: 50 });
    expect(await prisma.restaurant.count({ where: { city: SCALE_CITY } })).toBe(150);
  });
});
