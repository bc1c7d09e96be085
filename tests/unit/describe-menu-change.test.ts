import { describe, expect, it } from "vitest";
import { describeMenuChange } from "@/components/menu-admin/describe-menu-change";

describe("the menu change log's wording", () => {
  it("says prices in euros and fields in words", () => {
    expect(describeMenuChange({ priceCents: [995, 1045] })).toBe("Price: €9.95 → €10.45");
    expect(describeMenuChange({ description: [null, "Crisp"], allergens: [[], ["Milk", "Eggs"]] })).toBe("Description: none → Crisp, Allergens: none → Milk, Eggs");
    expect(describeMenuChange({ priceDeltaCents: [0, 250], inStock: [true, false] })).toBe("Extra price: €0.00 → €2.50, In stock: yes → no");
    expect(describeMenuChange({ name: ["Tiramisu", "Tiramisù"] })).toBe("Name: Tiramisu → Tiramisù");
    expect(describeMenuChange({ spiceLevel: [1, 2] })).toBe("Spice level: 1 → 2");
  });

  it("names what was added or archived, whatever else it carries", () => {
    expect(describeMenuChange({ name: "Sizes", options: ["Small", "Large"] })).toBe("Sizes");
    expect(describeMenuChange(null)).toBe("");
  });
});
