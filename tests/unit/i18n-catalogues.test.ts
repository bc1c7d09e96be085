// The Dutch catalogue says everything the English one says: the same keys, every message valid
// ICU with the same arguments (a renamed {count} would render blank), and no sentence left in English.
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { CATALOGUES } from "@/lib/i18n/catalogues";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function argumentNames(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    into.add(el.value);
    if (el.type === TYPE.tag) argumentNames(el.children, into);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      for (const option of Object.values(el.options)) argumentNames(option.value, into);
    }
  }
  return into;
}

const english = flatten(CATALOGUES.en as unknown as Tree);
const dutch = flatten(CATALOGUES.nl as unknown as Tree);

describe("translation catalogues", () => {
  it("have the same keys in English and Dutch", () => {
    expect([...dutch.keys()].filter((k) => !english.has(k))).toEqual([]);
    expect([...english.keys()].filter((k) => !dutch.has(k))).toEqual([]);
  });

  it("hold valid ICU messages with the same arguments in both languages", () => {
    const mismatched: string[] = [];
    for (const [key, en] of english) {
      const nl = dutch.get(key) ?? "";
      const enArgs = [...argumentNames(parse(en))].sort();
      const nlArgs = [...argumentNames(parse(nl))].sort();
      if (enArgs.join() !== nlArgs.join()) mismatched.push(`${key}: {${enArgs}} vs {${nlArgs}}`);
    }
    expect(mismatched).toEqual([]);
  });

  it("leave no Dutch message empty or a copied English sentence", () => {
    const untranslated = [...english].filter(([key, en]) => {
      const nl = dutch.get(key)?.trim() ?? "";
      return nl === "" || (nl === en.trim() && en.trim().split(/\s+/).length >= 3);
    });
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });
});
