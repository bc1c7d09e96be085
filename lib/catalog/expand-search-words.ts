// Widens each query word to what the catalog may call it: the synonym group it belongs to
// (kabob → kebab, doner, kebap…) and, for a word the vocabulary does not know, the nearest
// known word by trigram similarity (piza → pizza, margarita → margherita).
import { prisma } from "@/lib/db/client";

export interface ExpandedWord {
  /** Lower-case, unaccented. */
  word: string;
  /** The vocabulary word used in place of an unknown one. */
  correction: string | null;
  /** Everything to match for this word, itself included. */
  alternatives: string[];
}

interface Row {
  word: string;
  correction: string | null;
  variants: string[];
}

/**
 * A word needs no correction when it is a synonym, or a prefix of a vocabulary word (the user
 * may still be typing it). Otherwise the most similar vocabulary word above pg_trgm's
 * similarity threshold (0.3) replaces it, and brings its own synonyms.
 */
export async function expandSearchWords(words: readonly string[]): Promise<ExpandedWord[]> {
  if (words.length === 0) return [];
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT w.word, fix.term AS correction,
           ARRAY(SELECT s.term FROM search_synonyms s WHERE s.canonical = g.canonical) || g.canonical AS variants
    FROM (
      SELECT u.ord, regexp_replace(search_normalize(u.raw), '[[:space:][:punct:]]+', '', 'g') AS word
      FROM unnest(${words}::text[]) WITH ORDINALITY AS u(raw, ord)
    ) w
    LEFT JOIN LATERAL (
      SELECT t.term FROM search_terms t
      WHERE length(w.word) >= 3 AND t.kind = 'word' AND t.term % w.word
        AND NOT EXISTS (SELECT 1 FROM search_synonyms s WHERE s.term = w.word OR s.canonical = w.word)
        AND NOT EXISTS (SELECT 1 FROM search_terms k WHERE k.kind = 'word' AND k.term LIKE w.word || '%')
      ORDER BY similarity(t.term, w.word) DESC, t.term
      LIMIT 1
    ) fix ON true
    CROSS JOIN LATERAL (
      SELECT coalesce((SELECT s.canonical FROM search_synonyms s WHERE s.term = coalesce(fix.term, w.word)), coalesce(fix.term, w.word)) AS canonical
    ) g
    WHERE w.word <> ''
    ORDER BY w.ord`;
  return rows.map((r) => ({
    word: r.word,
    correction: r.correction,
    alternatives: [...new Set([r.word, ...(r.correction ? [r.correction] : []), ...r.variants])],
  }));
}
