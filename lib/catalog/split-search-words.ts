// The words of a search box query: lower-cased, split at anything that is not a letter or a
// digit, single characters dropped (they would prefix-match nearly everything), repeats
// removed, at most eight. Accents stay: the database folds them with search_normalize.

const MAX_WORDS = 8;
const MAX_WORD_LENGTH = 40;

export function splitSearchWords(query: string): string[] {
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2)
    .map((w) => w.slice(0, MAX_WORD_LENGTH));
  return [...new Set(words)].slice(0, MAX_WORDS);
}
