// Browse near a point answered from the outlets kept in memory per cell (lib/catalog/browse-cells.ts):
// the same pages as the database query at several points, sorts, filters and page sizes; and a
// change to what browse shows (status, pause, hours, a new outlet, however written) seen within
// a second. A write that skips the triggers proves the answers really come from memory.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { cellsKept } from "@/lib/catalog/browse-cells";
import { listRestaurants, listRestaurantsFromDatabase } from "@/lib/catalog/list-restaurants";
import { createCatalogRestaurant, createChain, metersFrom, seededRandom } from "../support/fixtures";

type Query = Parameters<typeof listRestaurants>[0];
type Page = Awaited<ReturnType<typeof listRestaurants>>;

const CENTRE = { lat: 48.137, lng: 11.575 };
const at = metersFrom(CENTRE);


async function waitForListening() {
  await vi.waitFor(() => expect(cellsKept()).toBe(true), { timeout: 10_000, interval: 50 });
}

/** Every page of a query, each with the cursor it was asked with. */
async function pages(list: (query: Query) => Promise<Page>, query: Query): Promise<Page[]> {
  const all: Page[] = [];
  let cursor: string | undefined;
  for (let n = 0; n < 50; n++) {
    const page = await list({ ...query, cursor });
    all.push(page);
    if (!page.nextCursor) return all;
    cursor = page.nextCursor;
  }
  throw new Error("did not reach the last page");
}

const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
const idsOf = async (query: Query) => (await listRestaurants(query)).restaurants.map((r) => r.id);

beforeAll(async () => {
  const next = seededRandom(7);
  const chain = await createChain("Cell Chain");
  const statuses = ["OPEN", "OPEN", "OPEN", "BUSY", "PAUSED", "CLOSED"] as const;
  for (let n = 0; n < 90; n++) {
    // Up to 12 km out: across many cells, some beyond the radii asked below.
    const outlet = await createCatalogRestaurant({
      ...at((next() - 0.5) * 24_000, (next() - 0.5) * 24_000),
      name: `Cell ${n}`,
      cuisines: [["Thai", "Pizza", "Indian", "Sushi"][n % 4]!],
      dietaryTags: n % 3 === 0 ? ["Vegan", "halal"] : n % 3 === 1 ? ["vegan"] : [],
      priceLevel: 1 + (n % 4),
      rating: [3.5, 4, 4.5, 4.5][n % 4],
      avgPrepMinutes: 10 + (n % 5) * 5,
      declaredStatus: statuses[n % statuses.length],
      // A third open only in the small hours: closed (or closing soon) at most times of day.
      periods: n % 3 === 2 ? [0, 1, 2, 3, 4, 5, 6].map((dayOfWeek) => ({ dayOfWeek, opensMinute: 60, closesMinute: 180 })) : undefined,
    });
    const busyUntil = n % 12 === 3 ? new Date(Date.now() - 60_000) : n % 12 === 9 ? new Date(Date.now() + 3_600_000) : null;
    await prisma.restaurant.update({
      where: { id: outlet.id },
      data: { busyExtraMinutes: n % 6 === 3 ? 20 : 0, statusUntil: busyUntil, ...(n % 5 === 0 && { chainId: chain.id }) },
    });
  }
  // Two at the very same spot: equal distance, the id settles the order.
  await createCatalogRestaurant({ ...at(300, 300), name: "Twin A" });
  await createCatalogRestaurant({ ...at(300, 300), name: "Twin B" });
  // Start listening, so what the comparisons read is kept.
  await listRestaurants({ ...CENTRE });
  await waitForListening();
});

describe("browse near a point from the outlets kept per cell", () => {
  it("answers every page exactly as the database query does: points, sorts, filters, open now, page sizes", async () => {
    const points = [CENTRE, at(2_500, -4_000), at(-6_100, 3_300), at(300, 300)];
    const queries: Query[] = [];
    for (const point of points) {
      queries.push(
        { ...point, limit: 7 },
        { ...point, sort: "rating", limit: 10 },
        { ...point, sort: "delivery_time", limit: 9, radius_km: 8 },
        { ...point, open_now: true, limit: 4 },
        { ...point, cuisine: ["thai", "pizza"], diet: ["vegan"], price: 3, limit: 3 },
        { ...point, radius_km: 2.5, sort: "rating", open_now: true, limit: 2 },
      );
    }
    let rows = 0;
    for (const query of queries) {
      // Twice from memory: once loading the cells, once from what was kept.
      for (let pass = 0; pass < 2; pass++) {
        const cached = await pages(listRestaurants, query);
        const reference = await pages(listRestaurantsFromDatabase, query);
        expect(json(cached.map((p) => p.restaurants)), JSON.stringify(query)).toEqual(json(reference.map((p) => p.restaurants)));
        expect(cached.map((p) => p.nextCursor === null)).toEqual(reference.map((p) => p.nextCursor === null));
        rows += cached.reduce((n, p) => n + p.restaurants.length, 0);
      }
    }
    expect(rows).toBeGreaterThan(300);
  });

  it("resumes a cursor the database query gave, and the other way round", async () => {
    const query: Query = { ...at(1_000, 1_000), sort: "delivery_time", limit: 5 };
    const first = await listRestaurantsFromDatabase(query);
    const fromMemory = await listRestaurants({ ...query, cursor: first.nextCursor! });
    expect(json(fromMemory.restaurants)).toEqual(json((await listRestaurantsFromDatabase({ ...query, cursor: first.nextCursor! })).restaurants));
    const second = await listRestaurantsFromDatabase({ ...query, cursor: fromMemory.nextCursor! });
    expect(second.restaurants.length).toBe(5);
    expect(second.restaurants.map((r) => r.id)).not.toContain(fromMemory.restaurants[0]!.id);
  });

  it("serves from memory: a write that skips the triggers is not seen, a notified one is", async () => {
    const spot = at(-20_000, -20_000);
    const outlet = await createCatalogRestaurant({ ...spot, name: "Quiet" });
    await expect.poll(() => idsOf({ ...spot, radius_km: 1 }), { timeout: 1_000, interval: 50 }).toEqual([outlet.id]);
    // The insert's notices may come after that read (which then kept nothing): read once more after them.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await listRestaurants({ ...spot, radius_km: 1 });
    // session_replication_role = replica turns triggers off for this transaction's writes only.
    await prisma.$transaction([
      prisma.$executeRaw`SET LOCAL session_replication_role = replica`,
      prisma.restaurant.update({ where: { id: outlet.id }, data: { name: "Renamed quietly" } }),
    ]);
    expect((await listRestaurants({ ...spot, radius_km: 1 })).restaurants[0]!.name).toBe("Quiet");
    expect((await listRestaurantsFromDatabase({ ...spot, radius_km: 1 })).restaurants[0]!.name).toBe("Renamed quietly");
    await prisma.restaurant.update({ where: { id: outlet.id }, data: { rating: 3 } });
    await expect.poll(async () => (await listRestaurants({ ...spot, radius_km: 1 })).restaurants[0]!.name, { timeout: 1_000, interval: 50 }).toBe("Renamed quietly");
  });

  it("sees a pause, a status change, an hours edit and a new outlet within a second", async () => {
    const spot = at(20_000, 20_000);
    const query: Query = { ...spot, radius_km: 1 };
    const outlet = await createCatalogRestaurant({ ...spot, name: "Watched" });
    const openOf = async () => (await listRestaurants(query)).restaurants.map((r) => [r.open, r.closedReason, r.estimatedDeliveryMinutes]);
    const within = { timeout: 1_000, interval: 25 };
    await expect.poll(openOf, within).toEqual([[true, null, 15 + 0 + 5]]);

    await prisma.restaurant.update({ where: { id: outlet.id }, data: { declaredStatus: "PAUSED", statusUntil: new Date(Date.now() + 3_600_000) } });
    await expect.poll(openOf, within).toEqual([[false, "paused", 20]]);

    await prisma.restaurant.update({ where: { id: outlet.id }, data: { declaredStatus: "BUSY", busyExtraMinutes: 25, statusUntil: null } });
    await expect.poll(openOf, within).toEqual([[true, null, 45]]);

    // Closed all day today, by an exception, then by its weekly hours.
    await prisma.restaurant.update({ where: { id: outlet.id }, data: { declaredStatus: "OPEN", busyExtraMinutes: 0 } });
    await expect.poll(openOf, within).toEqual([[true, null, 20]]);
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());
    const exception = await prisma.openingException.create({ data: { restaurantId: outlet.id, date: new Date(`${today}T00:00:00Z`), closed: true } });
    await expect.poll(openOf, within).toEqual([[false, "outside_hours", 20]]);
    await prisma.openingException.delete({ where: { id: exception.id } });
    await expect.poll(openOf, within).toEqual([[true, null, 20]]);
    await prisma.openingPeriod.deleteMany({ where: { restaurantId: outlet.id } });
    await expect.poll(openOf, within).toEqual([[false, "outside_hours", 20]]);

    const newcomer = await createCatalogRestaurant({ ...spot, name: "Newcomer" });
    await expect.poll(async () => (await idsOf(query)).sort(), within).toEqual([outlet.id, newcomer.id].sort());
    expect(json(await listRestaurants(query))).toEqual(json(await listRestaurantsFromDatabase(query)));
  });
});
