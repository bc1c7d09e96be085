import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { orderFingerprint } from "@/lib/orders/order-fingerprint";
import { mergeLines, sumDemand } from "@/lib/orders/resolve-order-lines";

const size = (optionId: string) => ({ groupId: "g-size", optionIds: [optionId] });
const extras = (...optionIds: string[]) => ({ groupId: "g-extras", optionIds });

describe("mergeLines", () => {
  it("merges the same item with the same choices and note, and keeps other choices or notes apart", () => {
    const merged = mergeLines([
      { itemId: "pizza", quantity: 1, options: [size("large"), extras("olives", "bacon")] },
      { itemId: "pizza", quantity: 2, options: [extras("bacon", "olives"), size("large")] },
      { itemId: "pizza", quantity: 1, options: [size("small")] },
      { itemId: "pizza", quantity: 1, options: [size("large"), extras("olives", "bacon")], notes: "well done" },
      { itemId: "cola", quantity: 1 },
      { itemId: "cola", quantity: 1, options: [] },
    ]);
    expect(merged.map((l) => [l.itemId, l.quantity, l.notes ?? null])).toEqual([
      ["pizza", 3, null],
      ["pizza", 1, null],
      ["pizza", 1, "well done"],
      ["cola", 2, null],
    ]);
  });
});

describe("sumDemand", () => {
  it("adds up what several lines take of one item or option, in id order", () => {
    expect(sumDemand([{ id: "b", quantity: 2 }, { id: "a", quantity: 1 }, { id: "b", quantity: 3 }])).toEqual([
      { id: "a", quantity: 1 },
      { id: "b", quantity: 5 },
    ]);
  });
});

describe("orderFingerprint", () => {
  const base = {
    restaurantId: "r1",
    lines: [{ itemId: "pizza", quantity: 2, notes: "no basil" }],
    delivery: { address: "Damrak 1", lat: 52.37, lng: 4.89 },
    tipCents: 100,
  };

  it("is unchanged for an order without choices or kitchen note (a retry across the upgrade still matches)", () => {
    const before = createHash("sha256")
      .update(JSON.stringify(["r1", [["pizza", 2, "no basil"]], ["Damrak 1", 52.37, 4.89], 100]))
      .digest("hex");
    expect(orderFingerprint(base)).toBe(before);
    expect(orderFingerprint({ ...base, kitchenNote: "", lines: [{ ...base.lines[0]!, options: [extras()] }] })).toBe(before);
  });

  it("covers the choices in any order, and the kitchen note", () => {
    const chosen = { ...base, lines: [{ ...base.lines[0]!, options: [size("large"), extras("a", "b")] }] };
    const reordered = { ...base, lines: [{ ...base.lines[0]!, options: [extras("b", "a"), size("large")] }] };
    expect(orderFingerprint(reordered)).toBe(orderFingerprint(chosen));
    expect(orderFingerprint(chosen)).not.toBe(orderFingerprint(base));
    expect(orderFingerprint({ ...chosen, lines: [{ ...base.lines[0]!, options: [size("small"), extras("a", "b")] }] })).not.toBe(orderFingerprint(chosen));
    expect(orderFingerprint({ ...chosen, kitchenNote: "nut allergy" })).not.toBe(orderFingerprint(chosen));
  });
});
