// Search near a point ranked from memory (lib/catalog/search-cells.ts, search-nearby.ts): the same
// answers as the database query for several points, queries and page sizes, name similarity
// over accented names included; and a change to a menu, a dish's stock, an outlet or the
// vocabulary seen within a second. A write that skips the triggers proves the answers really come from memory.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { cellsKept } from "@/lib/catalog/browse-cells";
import { searchCatalog, searchCatalogFromDatabase } from "@/lib/catalog/search-catalog";
import { createCatalogRestaurant, createItem, metersFrom, seededRandom } from "../support/fixtures";

const CENTRE = { lat: 51.92, lng: 4.48 };
const at = metersFrom(CENTRE);


const NAMES = ["Pizza Roma", "Roma Pizzeria", "Sushi Ko", "Café Crème", "Döner Palace", "Ñandú Grill", "Curry House", "Ramen Bar", "Noodle & Co", "Kebab King"];
const CUISINES = [["Pizza", "Italian"], ["Pizza"], ["Sushi", "Japanese"], ["Café"], ["Turkish"], ["Grill"], ["Indian"], ["Japanese"], ["Noodles"], ["Turkish"]];
const DISHES = [["Margherita", "Tiramisu"], ["Diavola"], ["Salmon Nigiri", "Miso Soup"], ["Crème Brûlée"], ["Döner Kebab"], ["Churrasco"], ["Chicken Curry", "Naan"], ["Tonkotsu Ramen"], ["Pad Thai Noodles"], ["Kebab Roll", "Fries"]];

const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
const within = { timeout: 1_000, interval: 25 };

beforeAll(async () => {
  const next = seededRandom(11);
  const statuses = ["OPEN", "OPEN", "OPEN", "BUSY", "PAUSED"] as const;
  for (let n = 0; n < 70; n++) {
    const kind = Math.floor(next() * NAMES.length);
    await createCatalogRestaurant({
      // Up to 14 km out: across many cells, some beyond the 15 km radius from the points below.
      ...at((next() - 0.5) * 28_000, (next() - 0.5) * 28_000),
      name: `${NAMES[kind]}${n % 3 === 0 ? "" : ` ${n}`}`,
      cuisines: CUISINES[kind],
      dishes: DISHES[kind],
      rating: [3.5, 4, 4.5, 4.5][n % 4],
      declaredStatus: statuses[n % statuses.length],
    });
  }
  // Seven alike at one spot: equal scores at the shortlist's edge and on the page, settled by id.
  for (let n = 0; n < 7; n++) await createCatalogRestaurant({ ...at(500, 500), name: "Twin Tacos", cuisines: ["Mexican"], dishes: ["Tacos al Pastor"] });
  await searchCatalog({ q: "pizza", ...CENTRE });
  await vi.waitFor(() => expect(cellsKept()).toBe(true), { timeout: 10_000, interval: 50 });
});

describe("search near a point from the matches kept per cell", () => {
  it("answers exactly as the database query does: points, words, typos, fallbacks, page sizes", async () => {
    const points = [CENTRE, at(3_000, -5_000), at(-7_000, 6_500), at(500, 500)];
    const queries = ["pizza", "piza", "roma pizza", "sushi", "curry", "doner", "kabob", "cafe creme", "nandu", "ramen noodles", "pizza near me", "tacos", "margarita"];
    let restaurants = 0;
    for (const point of points) {
      for (const q of queries) {
        for (const limit of [1, 3, 20]) {
          // Twice: once loading the cells, once from what was kept.
          for (let pass = 0; pass < 2; pass++) {
            const kept = await searchCatalog({ q, limit, ...point });
            expect(json(kept), JSON.stringify({ q, limit, point, pass })).toEqual(json(await searchCatalogFromDatabase({ q, limit, ...point })));
            restaurants += kept.restaurants.length;
          }
        }
      }
    }
    expect(restaurants).toBeGreaterThan(600);
  });

  it("serves from memory: a write that skips the triggers is not seen, a notified one is", async () => {
    const spot = at(-60_000, -60_000);
    const outlet = await createCatalogRestaurant({ ...spot, name: "Quiet Sushi", cuisines: ["Sushi"] });
    const names = async () => (await searchCatalog({ q: "sushi", ...spot })).restaurants.map((r) => r.name);
    await expect.poll(names, within).toEqual(["Quiet Sushi"]);
    // The insert's notices may come after that read (which then kept nothing): read once more after them.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await names();
    await prisma.$transaction([
      prisma.$executeRaw`SET LOCAL session_replication_role = replica`,
      prisma.restaurant.update({ where: { id: outlet.id }, data: { name: "Sushi Renamed" } }),
    ]);
    expect(await names()).toEqual(["Quiet Sushi"]);
    expect((await searchCatalogFromDatabase({ q: "sushi", ...spot })).restaurants.map((r) => r.name)).toEqual(["Sushi Renamed"]);
    await prisma.restaurant.update({ where: { id: outlet.id }, data: { rating: 3 } });
    await expect.poll(names, within).toEqual(["Sushi Renamed"]);
  });

  it("sees a dish added or archived within a second (the document's notice)", async () => {
    const spot = at(60_000, 60_000);
    const outlet = await createCatalogRestaurant({ ...spot, name: "Menu Watch", cuisines: ["Japanese"] });
    const found = async () => (await searchCatalog({ q: "okonomiyaki", ...spot })).restaurants.map((r) => r.name);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await found()).toEqual([]);
    const item = await createItem(outlet.id, { name: "Okonomiyaki" });
    await expect.poll(found, within).toEqual(["Menu Watch"]);
    await prisma.foodItem.update({ where: { id: item.id }, data: { archivedAt: new Date() } });
    await expect.poll(found, within).toEqual([]);
  });

  it("sees a dish 86'd, sold out and back within a second", async () => {
    const spot = at(80_000, 0);
    const outlet = await createCatalogRestaurant({ ...spot, name: "Stock Watch", cuisines: ["Japanese"] });
    const item = await createItem(outlet.id, { name: "Takoyaki", quantity: 2 });
    const available = async () => (await searchCatalog({ q: "takoyaki", ...spot })).restaurants.map((r) => r.matchedDishes.map((d) => d.available));
    await expect.poll(available, within).toEqual([[true]]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await available();
    await prisma.foodItem.update({ where: { id: item.id }, data: { inStock: false } });
    await expect.poll(available, within).toEqual([[false]]);
    await prisma.foodItem.update({ where: { id: item.id }, data: { inStock: true } });
    await expect.poll(available, within).toEqual([[true]]);
    // An order taking one of two leaves it available (no notice needed); the last one sells it out.
    await prisma.inventory.update({ where: { itemId: item.id }, data: { quantity: 1 } });
    await prisma.inventory.update({ where: { itemId: item.id }, data: { quantity: 0 } });
    await expect.poll(available, within).toEqual([[false]]);
    await prisma.inventory.update({ where: { itemId: item.id }, data: { quantity: 5 } });
    await expect.poll(available, within).toEqual([[true]]);
    expect(json(await searchCatalog({ q: "takoyaki", ...spot }))).toEqual(json(await searchCatalogFromDatabase({ q: "takoyaki", ...spot })));
  });

  it("sees a new vocabulary word within a second: what was a typo becomes a word of its own", async () => {
    const spot = at(-60_000, 60_000);
    await createCatalogRestaurant({ ...spot, name: "Slice Shop", cuisines: ["Pizza"] });
    const newcomer = await createCatalogRestaurant({ ...spot, name: "Queen Kitchen", cuisines: ["Bakery"] });
    const answer = async () => {
      const { corrected, restaurants } = await searchCatalog({ q: "pizzq", ...spot });
      return { corrected, names: restaurants.map((r) => r.name) };
    };
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await answer()).toEqual({ corrected: "pizza", names: ["Slice Shop"] });
    // "pizzq" now starts a known word: taken as typed, no longer corrected to pizza.
    await createItem(newcomer.id, { name: "Pizzqueen Special" });
    await expect.poll(answer, within).toEqual({ corrected: null, names: ["Queen Kitchen"] });
    expect(json(await searchCatalog({ q: "pizzq", ...spot }))).toEqual(json(await searchCatalogFromDatabase({ q: "pizzq", ...spot })));
  });

  it("reads an area's documents once for searches of one word at once", async () => {
    const spot = at(-80_000, 0);
    await createCatalogRestaurant({ ...spot, name: "Bao Stand", cuisines: ["Taiwanese"], dishes: ["Gua Bao"] });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const reads = vi.spyOn(prisma, "$queryRaw");
    try {
      const documentReads = () => reads.mock.calls.filter(([sql]) => String((sql as TemplateStringsArray).join("?")).includes("FROM restaurant_search_documents d, q")).length;
      const answers = await Promise.all(Array.from({ length: 4 }, () => searchCatalog({ q: "bao", ...spot })));
      expect(answers.map((a) => a.restaurants.map((r) => r.name))).toEqual(Array(4).fill(["Bao Stand"]));
      expect(documentReads()).toBe(1);
      // Kept since: a later search reads nothing.
      await searchCatalog({ q: "bao", ...spot });
      expect(documentReads()).toBe(1);
    } finally {
      reads.mockRestore();
    }
  });

  it("sees a pause and a rename within a second", async () => {
    const spot = at(0, 80_000);
    const outlet = await createCatalogRestaurant({ ...spot, name: "Curry Corner", cuisines: ["Indian"] });
    const state = async () => (await searchCatalog({ q: "curry", ...spot })).restaurants.map((r) => [r.name, r.open, r.closedReason]);
    await expect.poll(state, within).toEqual([["Curry Corner", true, null]]);
    await prisma.restaurant.update({ where: { id: outlet.id }, data: { declaredStatus: "PAUSED", statusUntil: new Date(Date.now() + 3_600_000) } });
    await expect.poll(state, within).toEqual([["Curry Corner", false, "paused"]]);
    await prisma.restaurant.update({ where: { id: outlet.id }, data: { name: "Curry Palace" } });
    await expect.poll(state, within).toEqual([["Curry Palace", false, "paused"]]);
  });
});
