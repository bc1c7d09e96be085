import { describe, expect, it } from "vitest";
import { buildSearchTsquery } from "@/lib/catalog/build-search-tsquery";
import { splitSearchWords } from "@/lib/catalog/split-search-words";

describe("splitSearchWords", () => {
  it("lower-cases, splits at punctuation, drops single letters and repeats", () => {
    expect(splitSearchWords("  Döner-Kebab & a PIZZA, pizza!")).toEqual(["döner", "kebab", "pizza"]);
    expect(splitSearchWords("chef's special")).toEqual(["chef", "special"]);
    expect(splitSearchWords("!!! ?")).toEqual([]);
  });

  it("keeps at most eight words of at most forty characters", () => {
    expect(splitSearchWords("aa bb cc dd ee ff gg hh ii jj")).toHaveLength(8);
    expect(splitSearchWords("x".repeat(60))[0]).toHaveLength(40);
  });
});

describe("buildSearchTsquery", () => {
  it("ORs each word's alternatives and ANDs (or ORs) the words, prefixing longer lexemes", () => {
    const words = [["piza", "pizza"], ["ny", "vegan"]];
    expect(buildSearchTsquery(words, "all")).toBe("(piza:* | pizza:*) & (ny | vegan:*)");
    expect(buildSearchTsquery(words, "any")).toBe("(piza:* | pizza:*) | (ny | vegan:*)");
    expect(buildSearchTsquery([["sushi", "sushi"]], "all")).toBe("sushi:*");
  });

  it("lets no tsquery syntax through", () => {
    expect(buildSearchTsquery([["pizza'):*|!(x"], ["&|"]], "all")).toBe("pizzax:*");
    expect(buildSearchTsquery([["!!"]], "all")).toBeNull();
  });
});
