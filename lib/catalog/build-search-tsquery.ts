// The to_tsquery text for expanded query words: each word's alternatives (itself, its
// synonyms, its correction) OR-ed, the words AND-ed ("all") or OR-ed ("any"). Lexemes are
// reduced to letters and digits, so nothing a user types can become tsquery syntax.

export type MatchMode = "all" | "any";

/** Lexemes of three letters or more match as prefixes: "pizz" finds pizza, "noodle" noodles. */
const PREFIX_MIN_LENGTH = 3;

function lexeme(text: string): string | null {
  const clean = text.replace(/[^\p{L}\p{N}]+/gu, "");
  if (!clean) return null;
  return clean.length >= PREFIX_MIN_LENGTH ? `${clean}:*` : clean;
}

export function buildSearchTsquery(alternativesPerWord: readonly (readonly string[])[], mode: MatchMode): string | null {
  const groups = alternativesPerWord
    .map((alternatives) => [...new Set(alternatives.map(lexeme).filter((l): l is string => l !== null))])
    .filter((group) => group.length > 0)
    .map((group) => (group.length === 1 ? group[0]! : `(${group.join(" | ")})`));
  return groups.length ? groups.join(mode === "all" ? " & " : " | ") : null;
}
