// GET /api/v1/search/suggest: autocomplete for the search box. Cuisines, tags, restaurant
// names and dish names from the search vocabulary, nearest to what is typed by trigram word
// similarity (a GiST index finds them without scoring every partial match), names starting
// with it first, so "marg" and "margerita" both offer Margherita, and "kabob" offers kebab.
import { z } from "zod";
import { onReplica } from "@/lib/db/read-client";
import { splitSearchWords } from "@/lib/catalog/split-search-words";

export const suggestCatalogQuery = z.object({ q: z.string().trim().min(1).max(100) });

export type SuggestionKind = "cuisine" | "tag" | "restaurant" | "dish";

export interface Suggestion {
  label: string;
  kind: SuggestionKind;
}

const MAX_SUGGESTIONS = 8;
/** Nearest names fetched before re-ranking; chains and menus repeat names, so read ahead. */
const NEAREST = 64;

export async function suggestCatalog(input: unknown) {
  const { q } = suggestCatalogQuery.parse(input);
  // Letters, digits and single spaces only: nothing left that LIKE would read as a wildcard.
  const typed = splitSearchWords(q).join(" ");
  if (!typed) return { query: q, suggestions: [] as Suggestion[] };
  const suggestions = await onReplica((db) => db.$queryRaw<Suggestion[]>`
    WITH typed AS (SELECT search_normalize(${typed}) AS text),
    -- A synonym the catalog does not use ("kabob", "hamburger") also looks for the word it
    -- does (kebab, burger), as search itself does (lib/catalog/expand-search-words.ts).
    queries AS (
      SELECT text FROM typed
      UNION
      SELECT s.canonical FROM search_synonyms s, typed WHERE s.term = replace(typed.text, ' ', '')
    ),
    nearest AS (
      SELECT n.* FROM queries q CROSS JOIN LATERAL (
        SELECT t.kind, t.term, t.label, q.text <<-> t.term AS distance, q.text AS typed
        FROM search_terms t
        WHERE t.kind <> 'word' AND q.text <% t.term
        ORDER BY q.text <<-> t.term
        LIMIT ${NEAREST}::int
      ) n
    ),
    ranked AS (
      SELECT n.*, k.priority,
             CASE WHEN n.term LIKE n.typed || '%' THEN 0 WHEN n.term LIKE '% ' || n.typed || '%' THEN 1 ELSE 2 END AS closeness
      FROM nearest n
      JOIN (VALUES ('cuisine', 0), ('tag', 1), ('restaurant', 2), ('dish', 3)) AS k(kind, priority) USING (kind)
    ),
    -- One suggestion per name: "vegan" may be a cuisine, a tag and a word of a dish.
    distinct_names AS (
      SELECT DISTINCT ON (term) * FROM ranked ORDER BY term, priority, label
    )
    SELECT label, kind FROM distinct_names
    ORDER BY closeness, distance, priority, length(term), term
    LIMIT ${MAX_SUGGESTIONS}::int`);
  return { query: q, suggestions };
}
