// Option group, option and allergen bodies of the staff menu API, and the customer-facing
// group assembly (which groups an item shows, which options are available, whether the item is).
import { describe, expect, it } from "vitest";
import { attachOptionGroupsSchema, createItemSchema, createOptionGroupSchema, updateOptionGroupSchema, updateOptionSchema } from "@/lib/menu/schemas";
import { optionGroupsByItem, requiredChoicesAvailable } from "@/lib/catalog/option-groups-by-item";
import { allergensOf } from "@/prisma/seed/catalog/allergen-words";

const option = (name: string, extra: Partial<{ inStock: boolean; quantity: number | null; priceDeltaCents: number }> = {}) => ({
  id: name,
  name,
  priceDeltaCents: 0,
  isDefault: false,
  inStock: true,
  quantity: null,
  allergens: [],
  mayContain: [],
  voidsDiet: [],
  ...extra,
});

describe("option group bodies", () => {
  it("take a group with options, defaults filled in and allergens as sorted unique codes", () => {
    const parsed = createOptionGroupSchema.parse({
      name: " Size ",
      minSelect: 1,
      maxSelect: 1,
      options: [{ name: "Small", priceDeltaCents: -150, allergens: ["milk", "gluten", "milk"] }],
    });
    expect(parsed).toEqual({
      name: "Size",
      minSelect: 1,
      maxSelect: 1,
      options: [{ name: "Small", priceDeltaCents: -150, isDefault: false, allergens: ["gluten", "milk"], mayContain: [], voidsDiet: [] }],
    });
  });

  it("refuse min above max, unknown allergens, fractional cents, unknown fields and empty edits", () => {
    const refused = [
      createOptionGroupSchema.safeParse({ name: "Size", minSelect: 2, maxSelect: 1 }),
      createOptionGroupSchema.safeParse({ name: "Size", minSelect: 0, maxSelect: 0 }),
      createOptionGroupSchema.safeParse({ name: "Size", minSelect: 0, maxSelect: 1, options: [{ name: "A", priceDeltaCents: 1.5 }] }),
      createOptionGroupSchema.safeParse({ name: "Size", minSelect: 0, maxSelect: 1, options: [{ name: "A", allergens: ["shellfish"] }] }),
      createOptionGroupSchema.safeParse({ name: "Size", minSelect: 0, maxSelect: 1, required: true }),
      updateOptionGroupSchema.safeParse({ minSelect: 3, maxSelect: 2 }),
      updateOptionGroupSchema.safeParse({}),
      updateOptionSchema.safeParse({}),
      updateOptionSchema.safeParse({ mayContain: ["Nuts"] }),
      attachOptionGroupsSchema.safeParse({ groupIds: ["00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000001"] }),
      createItemSchema.safeParse({ category_id: null, name: "Focaccia", price: 5, allergens: ["peanut"] }),
    ];
    for (const [i, result] of refused.entries()) expect(result.success, String(i)).toBe(false);
    const unknown = createOptionGroupSchema.safeParse({ name: "S", minSelect: 0, maxSelect: 1, options: [{ name: "A", allergens: ["shellfish"] }] });
    expect(unknown.error!.issues[0]!.message).toBe('Unknown allergen "shellfish"');
  });
});

describe("groups customers see on an item", () => {
  const groups = [
    { id: "size", name: "Size", minSelect: 1, maxSelect: 1, options: [option("Small", { inStock: false }), option("Large", { quantity: 0 })] },
    { id: "extras", name: "Extras", minSelect: 0, maxSelect: 3, options: [option("Cheese", { quantity: 2 })] },
  ];
  const groupsOf = optionGroupsByItem(groups);

  it("follow the item's attachment order, skip groups no longer live, and mark options 86'd or counted out", () => {
    const shown = groupsOf([{ groupId: "extras" }, { groupId: "archived" }, { groupId: "size" }]);
    expect(shown.map((g) => g.id)).toEqual(["extras", "size"]);
    expect(shown[1]!.options.map((o) => [o.name, o.available])).toEqual([
      ["Small", false],
      ["Large", false],
    ]);
    expect(shown[0]!.options[0]).not.toHaveProperty("quantity");
  });

  it("make the item unavailable while a required group has too few available options", () => {
    expect(requiredChoicesAvailable(groupsOf([{ groupId: "extras" }]))).toBe(true);
    expect(requiredChoicesAvailable(groupsOf([{ groupId: "size" }, { groupId: "extras" }]))).toBe(false);
    expect(requiredChoicesAvailable([])).toBe(true);
  });
});

describe("demo allergens from a dish's words", () => {
  it("find what the description says, add the category's usual ones, and respect gluten-free and vegan tags", () => {
    expect(allergensOf({ name: "Margherita", description: "Tomato, fior di latte, basil.", tags: [] }, ["gluten"])).toEqual(["gluten", "milk"]);
    expect(allergensOf({ name: "Margherita Senza Glutine", description: "On a gluten-free base with mozzarella.", tags: ["gluten-free"] }, ["gluten"])).toEqual(["milk"]);
    expect(allergensOf({ name: "Plant Stack", description: "Vegan cheese, vegan mayo, bun.", tags: ["vegan"] })).toEqual(["gluten"]);
    expect(allergensOf({ name: "Satay", description: "Peanut sauce, sesame.", tags: [] }, [], ["soy"])).toEqual(["peanuts", "sesame", "soy"]);
  });
});
