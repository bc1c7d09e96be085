import { describe, expect, it } from "vitest";
import { choiceKey, resolveChoices, type ChoiceGroup, type ChoiceItem, type ChoiceOption } from "@/lib/menu/resolve-choices";

const option = (id: string, name: string, priceDeltaCents: number, more: Partial<ChoiceOption> = {}): ChoiceOption => ({
  id,
  name,
  priceDeltaCents,
  available: true,
  allergens: [],
  mayContain: [],
  voidsDiet: [],
  ...more,
});

const size: ChoiceGroup = {
  id: "g-size",
  name: "Size",
  minSelect: 1,
  maxSelect: 1,
  options: [option("small", "Small 25 cm", -200), option("medium", "Medium 30 cm", 0), option("large", "Large 35 cm", 300)],
};
const extras: ChoiceGroup = {
  id: "g-extras",
  name: "Extras",
  minSelect: 0,
  maxSelect: 2,
  options: [
    option("mozzarella", "Extra mozzarella", 150, { allergens: ["milk"] }),
    option("bacon", "Bacon", 200, { voidsDiet: ["vegetarian"], mayContain: ["mustard"] }),
    option("pesto", "Pesto", 100, { allergens: ["nuts", "milk"], mayContain: ["peanuts"] }),
  ],
};
const sauces: ChoiceGroup = {
  id: "g-sauce",
  name: "Sauces",
  minSelect: 1,
  maxSelect: 3,
  options: [option("garlic", "Garlic", 0), option("chili", "Chili", 0)],
};

const margherita: ChoiceItem = {
  name: "Margherita",
  priceCents: 1000,
  tags: ["vegetarian", "popular"],
  allergens: ["milk", "gluten"],
  mayContain: ["eggs", "milk"],
  groups: [size, extras],
};

describe("resolveChoices", () => {
  it("prices the item with its chosen options, in the item's group and position order", () => {
    const result = resolveChoices(margherita, [
      { groupId: "g-extras", optionIds: ["pesto", "mozzarella"] },
      { groupId: "g-size", optionIds: ["large"] },
    ]);
    expect(result).toEqual({
      ok: true,
      unitPriceCents: 1000 + 300 + 150 + 100,
      options: [
        { groupId: "g-size", groupName: "Size", optionId: "large", name: "Large 35 cm", priceDeltaCents: 300 },
        { groupId: "g-extras", groupName: "Extras", optionId: "mozzarella", name: "Extra mozzarella", priceDeltaCents: 150 },
        { groupId: "g-extras", groupName: "Extras", optionId: "pesto", name: "Pesto", priceDeltaCents: 100 },
      ],
      allergens: ["gluten", "milk", "nuts"],
      mayContain: ["eggs", "peanuts"],
      dietaryTags: ["vegetarian", "popular"],
    });
  });

  it("takes negative deltas off the price", () => {
    const result = resolveChoices(margherita, [{ groupId: "g-size", optionIds: ["small"] }]);
    expect(result).toMatchObject({ ok: true, unitPriceCents: 800 });
  });

  it("prices an item without groups at its own price, with or without an empty choice list", () => {
    const plain: ChoiceItem = { ...margherita, groups: [] };
    expect(resolveChoices(plain, undefined)).toMatchObject({ ok: true, unitPriceCents: 1000, options: [], allergens: ["gluten", "milk"] });
    expect(resolveChoices(plain, [])).toMatchObject({ ok: true, unitPriceCents: 1000, mayContain: ["eggs"] });
  });

  it("takes the diet tags a chosen option voids off the item's tags", () => {
    const result = resolveChoices(margherita, [
      { groupId: "g-size", optionIds: ["medium"] },
      { groupId: "g-extras", optionIds: ["bacon"] },
    ]);
    expect(result).toMatchObject({ ok: true, dietaryTags: ["popular"], mayContain: ["eggs", "mustard"] });
  });

  it("counts an empty choice in an optional group as no choice", () => {
    const result = resolveChoices(margherita, [
      { groupId: "g-size", optionIds: ["medium"] },
      { groupId: "g-extras", optionIds: [] },
    ]);
    expect(result).toMatchObject({ ok: true, unitPriceCents: 1000, options: [{ optionId: "medium" }] });
  });

  describe("refuses with 400 invalid_options, naming the group", () => {
    it.each([
      ["a required group left out", undefined, "Size: choose exactly 1", "g-size"],
      ["a required group chosen empty", [{ groupId: "g-size", optionIds: [] }], "Size: choose exactly 1", "g-size"],
      ["too many in an exactly-one group", [{ groupId: "g-size", optionIds: ["small", "large"] }], "Size: choose exactly 1", "g-size"],
      [
        "more than the maximum",
        [
          { groupId: "g-size", optionIds: ["medium"] },
          { groupId: "g-extras", optionIds: ["mozzarella", "bacon", "pesto"] },
        ],
        "Extras: choose at most 2",
        "g-extras",
      ],
      ["an option of another group", [{ groupId: "g-size", optionIds: ["bacon"] }], "Unknown choice in Size", "g-size"],
      ["an unknown option", [{ groupId: "g-size", optionIds: ["huge"] }], "Unknown choice in Size", "g-size"],
      [
        "the same option twice",
        [
          { groupId: "g-size", optionIds: ["medium"] },
          { groupId: "g-extras", optionIds: ["bacon", "bacon"] },
        ],
        "Extras: the same choice twice",
        "g-extras",
      ],
      [
        "the same group twice",
        [
          { groupId: "g-size", optionIds: ["medium"] },
          { groupId: "g-size", optionIds: ["medium"] },
        ],
        "Size is listed twice",
        "g-size",
      ],
      ["a group not attached to the item", [{ groupId: "g-sauce", optionIds: ["garlic"] }], "Option group g-sauce is not offered on Margherita", "g-sauce"],
    ])("%s", (_case, chosen, message, groupId) => {
      expect(resolveChoices(margherita, chosen)).toEqual({ ok: false, status: 400, code: "invalid_options", message, groupId });
    });

    it("fewer than the minimum of a range", () => {
      const wrap: ChoiceItem = { ...margherita, groups: [sauces] };
      expect(resolveChoices(wrap, [])).toMatchObject({ status: 400, message: "Sauces: choose at least 1", groupId: "g-sauce" });
      expect(resolveChoices(wrap, [{ groupId: "g-sauce", optionIds: ["chili", "garlic"] }])).toMatchObject({ ok: true });
    });

    it("choices that would make the line negative", () => {
      const cheap: ChoiceItem = { ...margherita, priceCents: 150 };
      expect(resolveChoices(cheap, [{ groupId: "g-size", optionIds: ["small"] }])).toEqual({
        ok: false,
        status: 400,
        code: "invalid_options",
        message: "Margherita: these choices would make the price negative",
      });
      // Exactly zero is a free line, not an error.
      expect(resolveChoices({ ...cheap, priceCents: 200 }, [{ groupId: "g-size", optionIds: ["small"] }])).toMatchObject({ ok: true, unitPriceCents: 0 });
    });

    it("before it looks at availability: a malformed request is wrong whatever is in stock", () => {
      const soldOut: ChoiceItem = { ...margherita, groups: [{ ...size, options: size.options.map((o) => ({ ...o, available: false })) }, extras] };
      expect(resolveChoices(soldOut, [{ groupId: "g-size", optionIds: ["small", "large"] }])).toMatchObject({ status: 400 });
    });
  });

  it("refuses an unavailable chosen option with 409 option_unavailable, naming it", () => {
    const noMozzarella: ChoiceItem = {
      ...margherita,
      groups: [size, { ...extras, options: extras.options.map((o) => (o.id === "mozzarella" ? { ...o, available: false } : o)) }],
    };
    const chosen = [
      { groupId: "g-size", optionIds: ["medium"] },
      { groupId: "g-extras", optionIds: ["mozzarella"] },
    ];
    expect(resolveChoices(noMozzarella, chosen)).toEqual({
      ok: false,
      status: 409,
      code: "option_unavailable",
      message: "Extra mozzarella is no longer available",
      optionId: "mozzarella",
    });
    // An unavailable option nobody chose is no obstacle.
    expect(resolveChoices(noMozzarella, [{ groupId: "g-size", optionIds: ["medium"] }])).toMatchObject({ ok: true });
  });
});

describe("choiceKey", () => {
  it("is the same for the same choices in any order", () => {
    const a = choiceKey("item", [
      { groupId: "g-size", optionIds: ["large"] },
      { groupId: "g-extras", optionIds: ["pesto", "bacon"] },
    ]);
    const b = choiceKey("item", [
      { groupId: "g-extras", optionIds: ["bacon", "pesto"] },
      { groupId: "g-size", optionIds: ["large"] },
      { groupId: "g-other", optionIds: [] },
    ]);
    expect(a).toBe(b);
  });

  it("tells different items, choices and notes apart", () => {
    const base = choiceKey("item", [{ groupId: "g-size", optionIds: ["large"] }], "no onions");
    expect(choiceKey("other", [{ groupId: "g-size", optionIds: ["large"] }], "no onions")).not.toBe(base);
    expect(choiceKey("item", [{ groupId: "g-size", optionIds: ["small"] }], "no onions")).not.toBe(base);
    expect(choiceKey("item", [{ groupId: "g-size", optionIds: ["large"] }])).not.toBe(base);
    expect(choiceKey("item", [{ groupId: "g-size", optionIds: ["large"] }], "  no onions ")).toBe(base);
    expect(choiceKey("item", undefined)).toBe(choiceKey("item", [], ""));
  });
});
