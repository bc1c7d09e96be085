import { describe, expect, it } from "vitest";
import { describeMenuChange } from "@/components/menu-admin/describe-menu-change";
import { translatorFor } from "@/lib/i18n/create-translator";

const en = (changes: unknown) => describeMenuChange(translatorFor("en", "menuAdmin"), "en", changes);
const nl = (changes: unknown) => describeMenuChange(translatorFor("nl", "menuAdmin"), "nl", changes);

describe("the menu change log's wording", () => {
  it("says prices in euros and fields in words", () => {
    expect(en({ priceCents: [995, 1045] })).toBe("Price: €9.95 → €10.45");
    expect(en({ description: [null, "Crisp"], allergens: [[], ["milk", "eggs"]] })).toBe("Description: none → Crisp, Allergens: none → Milk, Eggs");
    expect(en({ priceDeltaCents: [0, 250], inStock: [true, false] })).toBe("Extra price: €0.00 → €2.50, In stock: yes → no");
    expect(en({ name: ["Tiramisu", "Tiramisù"] })).toBe("Name: Tiramisu → Tiramisù");
    expect(en({ spiceLevel: [1, 2] })).toBe("Spice level: 1 → 2");
  });

  it("says the same in Dutch, with Dutch money", () => {
    expect(nl({ priceCents: [995, 1045] })).toBe("Prijs: €\u00a09,95 → €\u00a010,45");
    expect(nl({ description: [null, "Krokant"], allergens: [[], ["milk", "eggs"]], inStock: [true, false] })).toBe(
      "Omschrijving: geen → Krokant, Allergenen: geen → Melk, Eieren, Op voorraad: ja → nee",
    );
  });

  it("names what was added or archived, whatever else it carries", () => {
    expect(en({ name: "Sizes", options: ["Small", "Large"] })).toBe("Sizes");
    expect(en(null)).toBe("");
  });
});
