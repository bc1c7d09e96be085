// Query words widened and corrected (expand-search-words.ts), kept per process for each
// normalised word list, with the trigrams of the phrase searched for. The expansion depends
// only on the vocabulary and the synonyms: triggers announce any change to either (the
// `vocabulary` notice, migration 20261204190000_search_cell_notices) and everything kept is
// dropped, so a new dish's name corrects typos at once; kept only while notices are heard.
import { prisma } from "@/lib/db/client";
import { followNotices, marksOf, noticesHeard, unchangedSince, VOCABULARY_KEY } from "@/lib/catalog/cell-notices";
import { expandSearchWords, type ExpandedWord } from "@/lib/catalog/expand-search-words";

export interface SearchWords {
  words: ExpandedWord[];
  /** The words searched for (corrections in place of typos), as told back to the user. */
  phrase: string;
  /** show_trgm(phrase), for name similarity (name-similarity.ts). */
  phraseTrigrams: ReadonlySet<string>;
}

/** Bounds memory only: notices keep what is kept current. */
const WORDS_TTL_MS = 10 * 60_000;
const MAX_KEPT = 5_000;

const shared = globalThis as unknown as { swiftEatsSearchWords?: Map<string, { expires: number; words: SearchWords }> };
const kept =
  shared.swiftEatsSearchWords ??
  (() => {
    const created = new Map<string, { expires: number; words: SearchWords }>();
    followNotices({ forget: (key) => key === VOCABULARY_KEY && created.clear(), forgetAll: () => created.clear() });
    return (shared.swiftEatsSearchWords = created);
  })();

export const phraseOf = (words: readonly ExpandedWord[]) => words.map((w) => w.correction ?? w.word).join(" ");

/** The expansion of `typed` (splitSearchWords' output), from memory when kept. */
export async function keptSearchWords(typed: readonly string[]): Promise<SearchWords> {
  const key = typed.join(" ");
  const now = Date.now();
  const hit = kept.get(key);
  if (hit && hit.expires > now && noticesHeard()) return hit.words;
  const keys = [VOCABULARY_KEY];
  const marks = marksOf(keys);
  const words = await expandSearchWords(typed);
  const phrase = phraseOf(words);
  const [row] = await prisma.$queryRaw<{ trigrams: string[] }[]>`SELECT show_trgm(${phrase}) AS trigrams`;
  const result: SearchWords = { words, phrase, phraseTrigrams: new Set(row!.trigrams) };
  if (noticesHeard() && unchangedSince(marks, keys, 0)) {
    if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value!);
    kept.set(key, { expires: now + WORDS_TTL_MS, words: result });
  }
  return result;
}
