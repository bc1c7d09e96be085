// pg_trgm's similarity from show_trgm's trigram sets (the integration test compares whole
// rankings with the database; these are the documented values and the edge cases).
import { describe, expect, it } from "vitest";
import { trigramSimilarity } from "@/lib/catalog/name-similarity";

// show_trgm('word'), show_trgm('two words'), as PostgreSQL prints them.
const WORD = ["  w", " wo", "ord", "rd ", "wor"];
const TWO_WORDS = ["  t", "  w", " tw", " wo", "ds ", "ord", "rds", "two", "wo ", "wor"];

describe("trigramSimilarity", () => {
  it("gives pg_trgm's documented similarity('word', 'two words') = 0.36363637, a float4", () => {
    expect(trigramSimilarity(WORD, new Set(TWO_WORDS))).toBe(Math.fround(4 / 11));
    expect(trigramSimilarity(WORD, new Set(TWO_WORDS)).toPrecision(8)).toBe("0.36363637");
  });

  it("is 1 for equal sets and 0 when either side has no trigrams", () => {
    expect(trigramSimilarity(WORD, new Set(WORD))).toBe(1);
    expect(trigramSimilarity([], new Set(WORD))).toBe(0);
    expect(trigramSimilarity(WORD, new Set())).toBe(0);
    expect(trigramSimilarity(["0x1a2b3c"], new Set(["abc"]))).toBe(0);
  });
});
