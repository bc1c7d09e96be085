// Cart lines with choices: keyed by choiceKey, migrated from the v1 cart, and rebuilt from a
// past order against today's menu ("order again") without silently changing any line.
import { describe, expect, it } from "vitest";
import { chosenOptionsOf, migrateCartV1, withLineAdded, type NewCartLine } from "@/lib/cart/cart-line";
import { rebuildCartLines, type CurrentItem, type PastLine } from "@/lib/cart/rebuild-cart-lines";
import type { ChoiceOption } from "@/lib/menu/resolve-choices";

const opt = (id: string, name: string, priceDeltaCents: number, available = true): ChoiceOption => ({
  id,
  name,
  priceDeltaCents,
  available,
  allergens: id === "mozz" ? ["milk"] : [],
  mayContain: [],
  voidsDiet: [],
});

const pizza = (mozzAvailable = true): CurrentItem => ({
  id: "pizza",
  name: "Margherita",
  available: true,
  priceCents: 1100,
  tags: ["vegetarian"],
  allergens: ["gluten"],
  mayContain: [],
  optionGroups: [
    { id: "size", name: "Size", minSelect: 1, maxSelect: 1, options: [opt("m", "Medium", 0), opt("l", "Large", 300)] },
    { id: "extras", name: "Extras", minSelect: 0, maxSelect: 5, options: [opt("mozz", "Extra mozzarella", 150, mozzAvailable), opt("olives", "Olives", 100)] },
  ],
});
const cola: CurrentItem = { id: "cola", name: "Cola", available: true, priceCents: 300, tags: [], allergens: [], mayContain: [], optionGroups: [] };

const line = (options: NewCartLine["options"], note = ""): NewCartLine => ({ itemId: "pizza", name: "Margherita", unitPriceCents: 1100, options, note, allergens: [] });
const large = { groupId: "size", groupName: "Size", optionId: "l", name: "Large", priceDeltaCents: 300 };
const medium = { groupId: "size", groupName: "Size", optionId: "m", name: "Medium", priceDeltaCents: 0 };
const olives = { groupId: "extras", groupName: "Extras", optionId: "olives", name: "Olives", priceDeltaCents: 100 };
const mozz = { groupId: "extras", groupName: "Extras", optionId: "mozz", name: "Extra mozzarella", priceDeltaCents: 150 };

describe("cart lines", () => {
  it("adds to the same line for the same choices and note, in any order, and makes a new line otherwise", () => {
    let lines = withLineAdded([], line([large, olives, mozz], "no basil"), 1);
    lines = withLineAdded(lines, line([large, mozz, olives], " no basil "), 2);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.quantity).toBe(3);
    lines = withLineAdded(lines, line([medium, olives, mozz], "no basil"), 1);
    lines = withLineAdded(lines, line([large, olives, mozz]), 1);
    expect(lines.map((l) => l.quantity)).toEqual([3, 1, 1]);
  });

  it("caps a line at 50", () => {
    const lines = withLineAdded(withLineAdded([], line([large]), 49), line([large]), 5);
    expect(lines[0]!.quantity).toBe(50);
  });

  it("gives the request's shape per group", () => {
    expect(chosenOptionsOf({ options: [large, olives, mozz] })).toEqual([
      { groupId: "size", optionIds: ["l"] },
      { groupId: "extras", optionIds: ["olives", "mozz"] },
    ]);
  });

  it("migrates a v1 cart to plain lines and drops what it cannot read", () => {
    const cart = migrateCartV1({
      restaurantId: "r",
      restaurantName: "Forno",
      deliveryFeeCents: 250,
      lines: [{ itemId: "cola", name: "Cola", unitPriceCents: 300, quantity: 2 }, { itemId: 5 }, null],
    });
    expect(cart?.lines).toEqual([expect.objectContaining({ itemId: "cola", quantity: 2, options: [], note: "", allergens: [] })]);
    expect(cart?.lines[0]!.key).toBe(withLineAdded([], { ...line([]), itemId: "cola" }, 1)[0]!.key);
    expect(migrateCartV1("garbage")).toBeNull();
  });
});

describe("rebuildCartLines (order again)", () => {
  const past = (options: PastLine["options"], notes: string | null = null): PastLine => ({ itemId: "pizza", name: "Margherita", quantity: 2, notes, options });
  const byName = (o: typeof large) => ({ groupName: o.groupName, name: o.name });

  it("puts lines back with their options (matched by id or by group and name), note and today's price", () => {
    const { lines, problems } = rebuildCartLines(
      [past([large, mozz], "no basil"), past([byName(medium), byName(olives)]), { itemId: "cola", name: "Cola", quantity: 1, notes: null, options: [] }],
      [pizza(), cola],
    );
    expect(problems).toEqual([]);
    expect(lines.map((l) => [l.name, l.options.map((o) => o.name), l.note, l.unitPriceCents, l.quantity])).toEqual([
      ["Margherita", ["Large", "Extra mozzarella"], "no basil", 1550, 2],
      ["Margherita", ["Medium", "Olives"], "", 1200, 2],
      ["Cola", [], "", 300, 1],
    ]);
    expect(lines[0]!.allergens).toEqual(["gluten", "milk"]);
  });

  it("leaves out and reports a line whose option is 86'd or gone, or whose dish is gone or sold out", () => {
    const { lines, problems } = rebuildCartLines(
      [
        past([large, mozz]),
        past([large, { groupName: "Extras", name: "Anchovies" }]),
        past([medium]),
        { itemId: "gone", name: "Calzone", quantity: 1, notes: null, options: [] },
        { itemId: "cola", name: "Cola", quantity: 1, notes: null, options: [] },
      ],
      [pizza(false), { ...cola, available: false }],
    );
    expect(lines.map((l) => l.options.map((o) => o.name))).toEqual([["Medium"]]);
    expect(problems).toEqual([
      { dish: "Margherita (Large, Extra mozzarella)", reason: "optionGone", option: "Extra mozzarella" },
      { dish: "Margherita (Large, Anchovies)", reason: "optionNotOffered", option: "Anchovies" },
      { dish: "Calzone", reason: "gone" },
      { dish: "Cola", reason: "soldOut" },
    ]);
  });

  it("reports a past choice today's rules refuse (a group now required) instead of guessing", () => {
    const { lines, problems } = rebuildCartLines([past([])], [pizza()]);
    expect(lines).toEqual([]);
    expect(problems).toEqual([{ dish: "Margherita", reason: "choices" }]);
  });
});
