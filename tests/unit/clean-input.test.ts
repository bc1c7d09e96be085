import { describe, expect, it } from "vitest";
import { assertCleanInput, MAX_JSON_DEPTH, nestsDeeperThan } from "@/lib/http/clean-input";

const refusal = (value: unknown) => {
  try {
    assertCleanInput(value);
  } catch (error) {
    return error;
  }
  return null;
};

const nested = (depth: number) => JSON.parse("[".repeat(depth) + "]".repeat(depth)) as unknown;

describe("assertCleanInput", () => {
  it("passes ordinary text, emoji (surrogate pairs) and numbers", () => {
    expect(refusal({ name: "Crème brûlée 🍮", tags: ["spicy"], price: 12.5, nested: { ok: true } })).toBeNull();
  });

  it("refuses a NUL byte with a 400 naming the field", () => {
    expect(refusal({ items: [{ notes: "a\u0000b" }] })).toMatchObject({
      status: 400,
      code: "invalid_text",
      details: [{ path: "items.0.notes", message: "must not contain a NUL character" }],
    });
  });

  it("refuses lone surrogates, high or low, and names the field", () => {
    expect(refusal({ name: "x\uD800" })).toMatchObject({ status: 400, code: "invalid_text", details: [{ path: "name" }] });
    expect(refusal({ description: "\uDC00y" })).toMatchObject({ status: 400, details: [{ path: "description" }] });
  });

  it("refuses a bad key as well as a bad value", () => {
    expect(refusal({ "k\u0000": 1 })).toMatchObject({ status: 400, code: "invalid_text" });
  });

  it("accepts nesting up to the limit and refuses deeper, even 20,000 levels, without overflowing", () => {
    expect(refusal(nested(MAX_JSON_DEPTH))).toBeNull();
    expect(refusal(nested(MAX_JSON_DEPTH + 1))).toMatchObject({ status: 400, code: "too_deep" });
    expect(refusal(nested(20_000))).toMatchObject({ status: 400, code: "too_deep" });
  });
});

describe("nestsDeeperThan", () => {
  it("counts brackets outside strings only", () => {
    expect(nestsDeeperThan("[".repeat(20_000) + "]".repeat(20_000))).toBe(true);
    expect(nestsDeeperThan(JSON.stringify({ a: [[1]], b: "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[" }))).toBe(false);
    expect(nestsDeeperThan(JSON.stringify({ s: 'quote \\" [[[' }), 2)).toBe(false);
    expect(nestsDeeperThan("[[[]]]", 2)).toBe(true);
  });
});
