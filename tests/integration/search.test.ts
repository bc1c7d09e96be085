// Search: typo-tolerant, synonym-aware, over restaurants and dishes, nearer first among equals;
// autocomplete; and the triggers that keep the search index in step with menus.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { searchCatalog, type SearchResult } from "@/lib/catalog/search-catalog";
import { suggestCatalog } from "@/lib/catalog/suggest-catalog";
import { createCatalogRestaurant, createItem, createRestaurant, LAT_DEGREES_PER_METER } from "../support/fixtures";
import { statusOf } from "../support/status-of";

const here = { lat: 52.37, lng: 4.89 };
const north = (meters: number) => ({ lat: here.lat + meters * LAT_DEGREES_PER_METER, lng: here.lng });
const names = (restaurants: SearchResult[]) => restaurants.map((r) => r.name);
const search = async (q: string, extra: Record<string, unknown> = here) => searchCatalog({ q, ...extra });

beforeAll(async () => {
  await createCatalogRestaurant({ ...north(1000), name: "Luigi's", cuisines: ["Pizza", "Italian"], dishes: ["Margherita", "Diavola", "Tiramisu"] });
  await createCatalogRestaurant({ ...north(3000), name: "Napoli Express", cuisines: ["Pizza"], dishes: ["Quattro Formaggi"] });
  await createCatalogRestaurant({ ...north(1500), name: "Sultan Palace", cuisines: ["Turkish"], dishes: ["Döner Kebab", "Lahmacun"] });
  await createCatalogRestaurant({ ...north(2000), name: "Tokyo Bento", cuisines: ["Japanese", "Sushi"], dishes: ["Salmon Nigiri", "Miso Soup"] });
  await createCatalogRestaurant({ ...north(2500), name: "Stack House", cuisines: ["Burgers", "American"], dishes: ["Classic Cheeseburger", "Fries"] });
  await createCatalogRestaurant({ ...north(800), name: "Green Leaf", cuisines: ["Salads"], dishes: ["Quinoa Bowl"], declaredStatus: "PAUSED" });
  await createCatalogRestaurant({ ...north(4000), name: "Taco Twins", cuisines: ["Mexican"], dishes: ["Tacos al Pastor"] });
  await createCatalogRestaurant({ ...north(1200), name: "Taco Twins", cuisines: ["Mexican"], dishes: ["Tacos al Pastor"] });
});

describe("searching the catalog", () => {
  it("finds pizza places for 'piza'", async () => {
    const { restaurants, corrected } = await search("piza");
    expect(names(restaurants)).toEqual(["Luigi's", "Napoli Express"]);
    expect(corrected).toBeNull();
    expect(restaurants[0]).toMatchObject({ cuisines: ["Pizza", "Italian"], open: true, closedReason: null });
    expect(Math.abs(restaurants[0]!.distanceMeters! - 1000)).toBeLessThanOrEqual(2);
  });

  it("finds kebab for 'kabob', sushi for 'susi' and burgers for 'hamburger'", async () => {
    const kebab = await search("kabob");
    expect(names(kebab.restaurants)).toEqual(["Sultan Palace"]);
    expect(kebab.restaurants[0]!.matchedDishes.map((d) => d.name)).toEqual(["Döner Kebab"]);
    expect(names((await search("susi")).restaurants)).toEqual(["Tokyo Bento"]);
    expect(names((await search("Hamburger")).restaurants)).toEqual(["Stack House"]);
  });

  it("finds the restaurant serving a misspelt dish, and says what it searched for", async () => {
    const { restaurants, corrected } = await search("margarita");
    expect(corrected).toBe("margherita");
    expect(names(restaurants)).toEqual(["Luigi's"]);
    expect(restaurants[0]!.matchedDishes).toEqual([{ id: expect.any(String), name: "Margherita", priceCents: 1250, available: true }]);
    expect(names((await search("lahmacunn")).restaurants)).toEqual(["Sultan Palace"]);
  });

  it("still finds an 86'd dish, marked unavailable", async () => {
    const margherita = await prisma.foodItem.findFirstOrThrow({ where: { name: "Margherita" } });
    await prisma.foodItem.update({ where: { id: margherita.id }, data: { inStock: false } });
    try {
      // Near a point dishes are kept per outlet and dropped on the change's notice: "within a second".
      await expect
        .poll(async () => (await search("margherita")).restaurants[0]!.matchedDishes, { timeout: 1_000, interval: 25 })
        .toEqual([expect.objectContaining({ name: "Margherita", available: false })]);
    } finally {
      await prisma.foodItem.update({ where: { id: margherita.id }, data: { inStock: true } });
    }
  });

  it("matches accents, prefixes and several words", async () => {
    expect(names((await search("doner")).restaurants)).toEqual(["Sultan Palace"]);
    expect(names((await search("tira")).restaurants)).toEqual(["Luigi's"]);
    expect(names((await search("quattro formaggi")).restaurants)).toEqual(["Napoli Express"]);
    // A word nothing knows does not hide what the other words find.
    expect(names((await search("sushi near me")).restaurants)).toEqual(["Tokyo Bento"]);
  });

  it("ranks the nearer of two equal matches first", async () => {
    const { restaurants } = await search("tacos");
    expect(names(restaurants)).toEqual(["Taco Twins", "Taco Twins"]);
    expect(restaurants[0]!.distanceMeters!).toBeLessThan(restaurants[1]!.distanceMeters!);
  });

  it("marks outlets that cannot take orders", async () => {
    const { restaurants } = await search("quinoa");
    expect(restaurants).toMatchObject([{ name: "Green Leaf", open: false, closedReason: "paused" }]);
  });

  it("searches without a location too", async () => {
    const { restaurants } = await search("pizza", {});
    expect(names(restaurants).sort()).toEqual(["Luigi's", "Napoli Express"]);
    expect(restaurants.every((r) => r.distanceMeters === null && r.estimatedDeliveryMinutes === null)).toBe(true);
  });

  it("returns nothing, not an error, for words that match nothing", async () => {
    expect(await search("zzqxj")).toMatchObject({ restaurants: [] });
    expect(await search("!!!")).toMatchObject({ restaurants: [], corrected: null });
  });

  it("answers 400 to bad parameters", async () => {
    for (const input of [{}, { q: "" }, { q: "   " }, { q: "x".repeat(101) }, { q: "pizza", lat: 52.37 }, { q: "pizza", lat: 52.37, lng: 999 }, { q: "pizza", limit: 51 }]) {
      expect(await statusOf(searchCatalog(input)), JSON.stringify(input)).toBe(400);
    }
  });

  it("keeps the index in step with menu and restaurant edits", async () => {
    const bento = await prisma.restaurant.findFirstOrThrow({ where: { name: "Tokyo Bento" } });
    // Near a point the matches are kept per cell and dropped on the change's notice: "within a second".
    const within = { timeout: 1_000, interval: 25 };
    const item = await createItem(bento.id, { name: "Okonomiyaki" });
    await expect.poll(async () => names((await search("okonomiyaki")).restaurants), within).toEqual(["Tokyo Bento"]);

    await prisma.foodItem.update({ where: { id: item.id }, data: { archivedAt: new Date() } });
    await expect.poll(async () => (await search("okonomiyaki")).restaurants, within).toEqual([]);

    await prisma.restaurant.update({ where: { id: bento.id }, data: { name: "Osaka Bento" } });
    await expect.poll(async () => names((await search("osaka")).restaurants), within).toEqual(["Osaka Bento"]);
    await prisma.restaurant.update({ where: { id: bento.id }, data: { name: "Tokyo Bento" } });

    // Restaurants without cuisines or tags (NULL arrays) are indexed too.
    await createRestaurant({ name: "Bare Kitchen" });
    await expect.poll(async () => names((await search("bare kitchen")).restaurants), within).toEqual(["Bare Kitchen"]);
  });
});

describe("search suggestions", () => {
  it("offers cuisines, restaurants and dishes by prefix and despite typos", async () => {
    expect((await suggestCatalog({ q: "piz" })).suggestions[0]).toEqual({ label: "Pizza", kind: "cuisine" });
    expect((await suggestCatalog({ q: "marg" })).suggestions).toContainEqual({ label: "Margherita", kind: "dish" });
    expect((await suggestCatalog({ q: "margerita" })).suggestions).toContainEqual({ label: "Margherita", kind: "dish" });
    expect((await suggestCatalog({ q: "sult" })).suggestions).toContainEqual({ label: "Sultan Palace", kind: "restaurant" });
    // Synonyms, as search has them: what the catalog calls a "kabob" or a "hamburger".
    expect((await suggestCatalog({ q: "kabob" })).suggestions).toContainEqual({ label: "Döner Kebab", kind: "dish" });
    expect((await suggestCatalog({ q: "Hamburger" })).suggestions).toContainEqual({ label: "Burgers", kind: "cuisine" });
    expect((await suggestCatalog({ q: "a" })).suggestions.length).toBeLessThanOrEqual(8);
  });

  it("answers 400 to an empty or overlong query", async () => {
    expect(await statusOf(suggestCatalog({ q: "" }))).toBe(400);
    expect(await statusOf(suggestCatalog({ q: "x".repeat(101) }))).toBe(400);
  });
});
