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

// Suggestions name cuisines, tags, restaurants and dishes, not whether anything is open: the
// vocabulary only grows (search_terms rows are never deleted), so an answer kept a minute
// misses at most a name added meanwhile. Each process keeps the answers for what was typed
// (normalised), bounded: autocomplete is asked the same short prefixes again and again.
const SUGGESTIONS_TTL_MS = 60_000;
const MAX_KEPT = 5_000;
const shared = globalThis as unknown as { swiftEatsSuggestions?: Map<string, { expires: number; suggestions: Suggestion[] }> };
const kept = (shared.swiftEatsSuggestions ??= new Map());

export async function suggestCatalog(input: unknown): Promise<{ query: string; suggestions: Suggestion[] }> {
  const { q } = suggestCatalogQuery.parse(input);
  // Letters, digits and single spaces only: nothing left that LIKE would read as a wildcard.
  const typed = splitSearchWords(q).join(" ");
  if (!typed) return { query: q, suggestions: [] as Suggestion[] };
  const now = Date.now();
  const hit = kept.get(typed);
  if (hit && hit.expires > now) return { query: q, suggestions: hit.suggestions };
  const suggestions = await loadSuggestions(typed);
  if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value!);
  kept.set(typed, { expires: now + SUGGESTIONS_TTL_MS, suggestions });
  return { query: q, suggestions };
}

/** The same answer read from the database every time: the reference the kept one is checked against. */
export async function suggestCatalogFromDatabase(input: unknown): Promise<{ query: string; suggestions: Suggestion[] }> {
  const { q } = suggestCatalogQuery.parse(input);
  const typed = splitSearchWords(q).join(" ");
  return { query: q, suggestions: typed ? await loadSuggestions(typed) : [] };
}

function loadSuggestions(typed: string): Promise<Suggestion[]> {
  return onReplica((db) => db.$queryRaw<Suggestion[]>`
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
}
