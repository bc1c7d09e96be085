// Browsing near a location: distance and other sorts, filters, open-now, keyset pages.
// Tests share the file's database, so each one browses around its own far-apart origin.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { listRestaurants } from "@/lib/catalog/list-restaurants";
import { createCatalogRestaurant, createChain, LAT_DEGREES_PER_METER } from "../support/fixtures";
import { statusOf } from "../support/status-of";

type Query = Parameters<typeof listRestaurants>[0];

let nextOrigin = 0;
/** A fresh spot per test (1° of latitude apart, far beyond any radius). */
function origin() {
  nextOrigin += 1;
  return { lat: 10 + nextOrigin, lng: 20 };
}
const north = (at: { lat: number; lng: number }, meters: number) => ({ lat: at.lat + meters * LAT_DEGREES_PER_METER, lng: at.lng });

async function ids(query: Query) {
  return (await listRestaurants(query)).restaurants.map((r) => r.id);
}

/** Every id a query yields, following nextCursor page by page. */
async function collect(query: Query, pageSize: number) {
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 100; page++) {
    const result = await listRestaurants({ ...query, limit: pageSize, cursor });
    expect(result.restaurants.length).toBeLessThanOrEqual(pageSize);
    seen.push(...result.restaurants.map((r) => r.id));
    if (!result.nextCursor) return seen;
    cursor = result.nextCursor;
  }
  throw new Error("did not reach the last page");
}

/** Today's local weekday and date in the fixtures' time zone. */
function todayInAmsterdam() {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Amsterdam", weekday: "short", year: "numeric", month: "2-digit", day: "2-digit" })
      .formatToParts(new Date())
      .map((p) => [p.type, p.value]),
  );
  return { dayOfWeek: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(parts.weekday!), date: `${parts.year}-${parts.month}-${parts.day}` };
}

describe("browsing restaurants near a location", () => {
  it("sorts by distance within the radius, with meters and an estimated delivery time", async () => {
    const here = origin();
    const far = await createCatalogRestaurant({ ...north(here, 2000), name: "Far" });
    const near = await createCatalogRestaurant({ ...north(here, 450), name: "Near", avgPrepMinutes: 12 });
    const middle = await createCatalogRestaurant({ ...north(here, 1000), name: "Middle" });
    const outside = await createCatalogRestaurant({ ...north(here, 20_000), name: "Outside" });
    await prisma.restaurant.update({ where: { id: far.id }, data: { chainId: (await createChain("Far Chain")).id } });

    const { restaurants, nextCursor } = await listRestaurants({ ...here });
    expect(restaurants.map((r) => r.id)).toEqual([near.id, middle.id, far.id]);
    expect(nextCursor).toBeNull();
    expect(Math.abs(restaurants[0]!.distanceMeters! - 450)).toBeLessThanOrEqual(2);
    // prep 12 + 450 m at 250 m/min (2, rounded up) + 5 minutes hand-over
    expect(restaurants[0]).toMatchObject({ name: "Near", estimatedDeliveryMinutes: 19, open: true, closedReason: null, chain: null });
    expect(restaurants[0]!.closesAt).toBeInstanceOf(Date);
    expect(restaurants[2]!.chain).toEqual({ name: "Far Chain" });

    expect(await ids({ ...here, radius_km: 25 })).toEqual([near.id, middle.id, far.id, outside.id]);
    expect(await ids({ ...here, radius_km: 0.8 })).toEqual([near.id]);
  });

  it("sorts by rating or by delivery time on request", async () => {
    const here = origin();
    const slowNear = await createCatalogRestaurant({ ...north(here, 300), rating: 3.9, avgPrepMinutes: 45 });
    const fastFar = await createCatalogRestaurant({ ...north(here, 2900), rating: 4.8, avgPrepMinutes: 5 });
    const middle = await createCatalogRestaurant({ ...north(here, 1400), rating: 4.2, avgPrepMinutes: 15 });

    expect(await ids({ ...here, sort: "rating" })).toEqual([fastFar.id, middle.id, slowNear.id]);
    const byTime = (await listRestaurants({ ...here, sort: "delivery_time" })).restaurants;
    expect(byTime.map((r) => r.id)).toEqual([fastFar.id, middle.id, slowNear.id]);
    expect(byTime.map((r) => r.estimatedDeliveryMinutes)).toEqual([5 + 12 + 5, 15 + 6 + 5, 45 + 2 + 5]);
  });

  it("filters by cuisine (any), dietary tags (all) and maximum price level", async () => {
    const here = origin();
    const thai = await createCatalogRestaurant({ ...north(here, 100), cuisines: ["Thai"], dietaryTags: ["vegan", "gluten-free"], priceLevel: 1 });
    const indian = await createCatalogRestaurant({ ...north(here, 200), cuisines: ["Indian", "Curry"], dietaryTags: ["vegetarian"], priceLevel: 3 });
    const pizza = await createCatalogRestaurant({ ...north(here, 300), cuisines: ["Pizza"], dietaryTags: ["vegan"], priceLevel: 4 });

    expect(await ids({ ...here, cuisine: "thai" })).toEqual([thai.id]);
    expect(await ids({ ...here, cuisine: ["THAI", "curry"] })).toEqual([thai.id, indian.id]);
    expect(await ids({ ...here, cuisine: "pizza, indian" })).toEqual([indian.id, pizza.id]);
    expect(await ids({ ...here, diet: "vegan" })).toEqual([thai.id, pizza.id]);
    expect(await ids({ ...here, diet: "vegan,gluten-free" })).toEqual([thai.id]);
    expect(await ids({ ...here, price: "3" })).toEqual([thai.id, indian.id]);
    expect(await ids({ ...here, price: 1, cuisine: "pizza" })).toEqual([]);
  });

  it("marks closed outlets with the reason, and open_now leaves them out", async () => {
    const here = origin();
    const today = todayInAmsterdam();
    const open = await createCatalogRestaurant({ ...north(here, 100), name: "Open" });
    // Hours only on another day of the week: closed all of today.
    const otherDay = (today.dayOfWeek + 3) % 7;
    const outsideHours = await createCatalogRestaurant({ ...north(here, 200), periods: [{ dayOfWeek: otherDay, opensMinute: 600, closesMinute: 900 }] });
    const holiday = await createCatalogRestaurant({ ...north(here, 300) });
    await prisma.openingException.create({ data: { restaurantId: holiday.id, date: new Date(`${today.date}T00:00:00Z`), closed: true, note: "Holiday" } });
    const paused = await createCatalogRestaurant({ ...north(here, 400), declaredStatus: "PAUSED" });

    const all = (await listRestaurants({ ...here })).restaurants;
    expect(all.map((r) => [r.id, r.open, r.closedReason])).toEqual([
      [open.id, true, null],
      [outsideHours.id, false, "outside_hours"],
      [holiday.id, false, "outside_hours"],
      [paused.id, false, "paused"],
    ]);
    expect(all[1]!.closesAt).toBeNull();

    expect(await ids({ ...here, open_now: "true" })).toEqual([open.id]);
    expect(await ids({ ...here, open_now: false })).toHaveLength(4);
  });

  it("fills open_now pages past many closed outlets, and pages on after them", async () => {
    const here = origin();
    const closedNearby = Array.from({ length: 120 }, (_, i) => ({
      name: `Closed ${i}`,
      ...north(here, 100 + i),
      geoKey: "u173z",
      address: "Damrak 1",
      city: "Amsterdam",
      timeZone: "Europe/Amsterdam",
      cuisines: [],
      dietaryTags: [],
      declaredStatus: "CLOSED" as const,
    }));
    await prisma.restaurant.createMany({ data: closedNearby });
    const open = [];
    for (const meters of [1000, 1100, 1200]) open.push((await createCatalogRestaurant({ ...north(here, meters) })).id);

    const first = await listRestaurants({ ...here, open_now: true, limit: 2 });
    expect(first.restaurants.map((r) => r.id)).toEqual(open.slice(0, 2));
    const second = await listRestaurants({ ...here, open_now: true, limit: 2, cursor: first.nextCursor! });
    expect(second.restaurants.map((r) => r.id)).toEqual(open.slice(2));
    expect(second.nextCursor).toBeNull();
  });

  it("pages without duplicates or gaps in every sort, ties included, with filters", async () => {
    const here = origin();
    for (let i = 0; i < 24; i++) {
      // Groups of three share a spot and a rating, so the id has to break ties.
      const spot = Math.floor(i / 3);
      await createCatalogRestaurant({
        ...north(here, 200 * spot),
        rating: 3 + (spot % 4) / 2,
        avgPrepMinutes: 10 + (i % 5) * 5,
        cuisines: [i % 2 ? "Thai" : "Pizza"],
      });
    }
    for (const query of [{ sort: "distance" }, { sort: "rating" }, { sort: "delivery_time" }, { sort: "rating", cuisine: "thai" }] as const) {
      const whole = await collect({ ...here, ...query }, 100);
      const paged = await collect({ ...here, ...query }, 5);
      expect(paged).toEqual(whole);
      expect(new Set(paged).size).toBe(paged.length);
      expect(paged).toHaveLength("cuisine" in query ? 12 : 24);
    }
  });

  it("still lists the whole catalog by rating without a location, in stable pages", async () => {
    const all = await prisma.restaurant.count();
    const { restaurants } = await listRestaurants({ limit: 60 });
    expect(restaurants[0]).toMatchObject({ distanceMeters: null, estimatedDeliveryMinutes: null });
    const fields = ["id", "name", "description", "cuisines", "dietaryTags", "priceLevel", "rating", "ratingCount", "address", "lat", "lng"];
    fields.push("deliveryFeeCents", "avgPrepMinutes", "declaredStatus", "chain", "open", "closedReason", "closesAt");
    expect(Object.keys(restaurants[0]!)).toEqual(expect.arrayContaining(fields));
    const ratings = restaurants.map((r) => r.rating);
    expect(ratings).toEqual([...ratings].sort((a, b) => b - a));
    const paged = await collect({}, 40);
    expect(new Set(paged).size).toBe(all);
    expect(paged).toEqual(await collect({}, 100));
  });

  it("answers 400 to bad parameters", async () => {
    const bad: Query[] = [
      { lat: 52.37 },
      { lng: 4.89 },
      { lat: 91, lng: 4.89 },
      { lat: 52.37, lng: -181 },
      { lat: "north", lng: 4.89 },
      { lat: 52.37, lng: 4.89, radius_km: 51 },
      { lat: 52.37, lng: 4.89, radius_km: 0 },
      { price: 5 },
      { price: 0 },
      { sort: "distance" },
      { sort: "delivery_time" },
      { sort: "name" as never },
      { limit: 0 },
      { limit: 101 },
      { open_now: "maybe" },
      { cursor: "not-a-uuid" },
      { cursor: Buffer.from(JSON.stringify({ sort: "rating", key: ["x"] })).toString("base64url") },
    ];
    for (const query of bad) expect(await statusOf(listRestaurants(query)), JSON.stringify(query)).toBe(400);

    // A cursor only continues the sort it came from.
    const here = origin();
    await createCatalogRestaurant({ ...north(here, 100) });
    await createCatalogRestaurant({ ...north(here, 200) });
    const { nextCursor } = await listRestaurants({ ...here, limit: 1 });
    expect(await statusOf(listRestaurants({ ...here, limit: 1, cursor: nextCursor! }))).toBe(200);
    expect(await statusOf(listRestaurants({ ...here, limit: 1, sort: "rating", cursor: nextCursor! }))).toBe(400);
  });
});
