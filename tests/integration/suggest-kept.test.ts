// Autocomplete answers kept per typed text (lib/catalog/suggest-catalog.ts): the same as the
// database query, and a name added to the vocabulary offered within the minute they are kept.
import { afterEach, describe, expect, it, vi } from "vitest";
import { suggestCatalog, suggestCatalogFromDatabase } from "@/lib/catalog/suggest-catalog";
import { createCatalogRestaurant } from "../support/fixtures";

afterEach(() => {
  vi.useRealTimers();
});

describe("suggestions kept per typed text", () => {
  it("answers as the database does, first and kept", async () => {
    await createCatalogRestaurant({ lat: 30, lng: 30, name: "Kept Kitchen", cuisines: ["Pizza", "Thai"], dishes: ["Margherita", "Pad thai", "Green curry"] });
    for (const q of ["piz", "Marg", "margerita", "kept kit", "pad  THAI", "cur", "zzzz"]) {
      const reference = await suggestCatalogFromDatabase({ q });
      expect(await suggestCatalog({ q }), q).toEqual(reference);
      expect(await suggestCatalog({ q }), q).toEqual(reference);
    }
  });

  it("offers a new name within the minute an answer is kept", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    expect((await suggestCatalog({ q: "zanzib" })).suggestions).toEqual([]);
    await createCatalogRestaurant({ lat: 31, lng: 31, name: "Zanzibar Grill" });
    expect((await suggestCatalogFromDatabase({ q: "zanzib" })).suggestions).toContainEqual({ label: "Zanzibar Grill", kind: "restaurant" });
    // Kept: the answer typed before the name was added is served until its minute is up.
    expect((await suggestCatalog({ q: "zanzib" })).suggestions).toEqual([]);
    vi.setSystemTime(Date.now() + 60_001);
    expect((await suggestCatalog({ q: "zanzib" })).suggestions).toContainEqual({ label: "Zanzibar Grill", kind: "restaurant" });
  });
});
