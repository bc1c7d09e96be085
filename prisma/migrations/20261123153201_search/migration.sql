-- CreateTable
CREATE TABLE "search_synonyms" (
    "term" TEXT NOT NULL,
    "canonical" TEXT NOT NULL,

    CONSTRAINT "search_synonyms_pkey" PRIMARY KEY ("term")
);

-- CreateTable
CREATE TABLE "search_terms" (
    "id" BIGSERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "term" TEXT NOT NULL,
    "label" TEXT NOT NULL,

    CONSTRAINT "search_terms_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "restaurant_search_documents" (
    "restaurant_id" UUID NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,
    "document" tsvector NOT NULL,

    CONSTRAINT "restaurant_search_documents_pkey" PRIMARY KEY ("restaurant_id")
);

-- CreateIndex
CREATE INDEX "search_synonyms_canonical_idx" ON "search_synonyms"("canonical");

-- CreateIndex
CREATE INDEX "search_terms_kind_term_idx" ON "search_terms"("kind", "term");

-- CreateIndex
CREATE INDEX "restaurant_search_documents_document_idx" ON "restaurant_search_documents" USING GIN ("document");

-- CreateIndex
CREATE INDEX "restaurant_search_documents_lat_lng_idx" ON "restaurant_search_documents"("lat", "lng");

-- CreateIndex
CREATE INDEX "restaurants_rating_id_idx" ON "restaurants"("rating" DESC, "id");

-- AddForeignKey
ALTER TABLE "restaurant_search_documents" ADD CONSTRAINT "restaurant_search_documents_restaurant_id_fkey" FOREIGN KEY ("restaurant_id") REFERENCES "restaurants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- ---------------------------------------------------------------------------
-- Hand-written: full-text, typo-tolerant search.
-- ---------------------------------------------------------------------------

-- unaccent folds "Döner" into "doner". It is a contrib module on every server we run
-- (PostgreSQL 15 and the embedded 18), like pg_trgm.
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE (it finds its dictionary through search_path). Naming the
-- dictionary makes the result fixed, so this wrapper may be IMMUTABLE and used everywhere
-- text is indexed or compared: lower-case, accents removed.
CREATE FUNCTION "search_normalize"(value text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

-- Rebuilds the search documents of the given outlets from their row and live menu. The
-- array columns may be NULL: concat_ws skips NULLs where || would null the whole document.
CREATE FUNCTION "refresh_restaurant_search_documents"(ids uuid[]) RETURNS void
  LANGUAGE sql
  AS $$
  INSERT INTO restaurant_search_documents (restaurant_id, lat, lng, document)
  SELECT r.id, r.lat, r.lng,
         setweight(to_tsvector('simple', search_normalize(concat_ws(' ', r.name, array_to_string(r.cuisines, ' ')))), 'A')
      || setweight(to_tsvector('simple', search_normalize(concat_ws(' ', m.names))), 'B')
      || setweight(to_tsvector('simple', search_normalize(concat_ws(' ', array_to_string(r.dietary_tags, ' '), m.tags))), 'C')
      || setweight(to_tsvector('simple', search_normalize(concat_ws(' ', r.description, m.descriptions))), 'D')
  FROM restaurants r
  LEFT JOIN LATERAL (
    SELECT string_agg(i.name, ' ') AS names,
           string_agg(array_to_string(i.tags, ' '), ' ') AS tags,
           string_agg(i.description, ' ') AS descriptions
    FROM food_items i
    WHERE i.restaurant_id = r.id AND i.archived_at IS NULL
  ) m ON true
  WHERE r.id = ANY(ids)
  ON CONFLICT (restaurant_id) DO UPDATE SET lat = EXCLUDED.lat, lng = EXCLUDED.lng, document = EXCLUDED.document
$$;

-- Adds (kind, label) pairs, and every word of each label, to the vocabulary unless present.
-- NOT EXISTS rather than a unique index plus ON CONFLICT: an insert never waits on another
-- transaction's uncommitted word, so parallel bulk loads cannot deadlock on the vocabulary.
CREATE FUNCTION "record_search_terms"(kinds text[], labels text[]) RETURNS void
  LANGUAGE sql
  AS $$
  INSERT INTO search_terms (kind, term, label)
  SELECT DISTINCT ON (t.kind, t.term) t.kind, t.term, t.label
  FROM unnest(kinds, labels) AS e(kind, label),
       LATERAL (
         SELECT e.kind, search_normalize(btrim(e.label)), btrim(e.label)
         UNION ALL
         SELECT 'word', w, w FROM regexp_split_to_table(search_normalize(e.label), '[[:space:][:punct:]]+') AS w
       ) AS t(kind, term, label)
  WHERE length(t.term) >= 2
    AND NOT EXISTS (SELECT 1 FROM search_terms s WHERE s.kind = t.kind AND s.term = t.term)
  ORDER BY t.kind, t.term, t.label
$$;

CREATE FUNCTION "record_restaurant_search_terms"(ids uuid[]) RETURNS void
  LANGUAGE sql
  AS $$
  SELECT record_search_terms(array_agg(e.kind), array_agg(e.label))
  FROM restaurants r,
       LATERAL (
         SELECT 'restaurant', r.name
         UNION ALL SELECT 'cuisine', unnest(r.cuisines)
         UNION ALL SELECT 'tag', unnest(r.dietary_tags)
       ) AS e(kind, label)
  WHERE r.id = ANY(ids)
$$;

-- Trigger functions are PL/pgSQL, whose statements end in semicolons, and the migration
-- runner splits this file at every semicolon: the bodies are escape strings spelling them \073.
-- New restaurants arrive in bulk (seeds, imports): index them once per statement.
CREATE FUNCTION "search_index_inserted_restaurants"() RETURNS trigger
  LANGUAGE plpgsql
  AS E'BEGIN
  PERFORM refresh_restaurant_search_documents(ARRAY(SELECT id FROM inserted_restaurants))\073
  PERFORM record_restaurant_search_terms(ARRAY(SELECT id FROM inserted_restaurants))\073
  RETURN NULL\073
END';

-- Restaurant rows change often (status, heartbeats): the trigger's WHEN skips all but edits
-- of what the document is made of.
CREATE FUNCTION "search_index_updated_restaurant"() RETURNS trigger
  LANGUAGE plpgsql
  AS E'BEGIN
  PERFORM refresh_restaurant_search_documents(ARRAY[NEW.id])\073
  PERFORM record_restaurant_search_terms(ARRAY[NEW.id])\073
  RETURN NULL\073
END';

CREATE FUNCTION "search_index_changed_food_items"() RETURNS trigger
  LANGUAGE plpgsql
  AS E'BEGIN
  PERFORM refresh_restaurant_search_documents(ARRAY(SELECT DISTINCT restaurant_id FROM changed_items))\073
  IF TG_OP <> ''DELETE'' THEN
    PERFORM record_search_terms(array_agg(e.kind), array_agg(e.label))
    FROM (SELECT ''dish'', name FROM changed_items UNION SELECT ''tag'', unnest(tags) FROM changed_items) AS e(kind, label)\073
  END IF\073
  RETURN NULL\073
END';

CREATE TRIGGER "restaurants_search_insert" AFTER INSERT ON "restaurants"
  REFERENCING NEW TABLE AS inserted_restaurants
  FOR EACH STATEMENT EXECUTE FUNCTION search_index_inserted_restaurants();

CREATE TRIGGER "restaurants_search_update"
  AFTER UPDATE OF "name", "cuisines", "dietary_tags", "description", "lat", "lng" ON "restaurants"
  FOR EACH ROW
  WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.cuisines IS DISTINCT FROM NEW.cuisines
     OR OLD.dietary_tags IS DISTINCT FROM NEW.dietary_tags OR OLD.description IS DISTINCT FROM NEW.description
     OR OLD.lat IS DISTINCT FROM NEW.lat OR OLD.lng IS DISTINCT FROM NEW.lng)
  EXECUTE FUNCTION search_index_updated_restaurant();

-- Transition tables allow one event per trigger, hence three.
CREATE TRIGGER "food_items_search_insert" AFTER INSERT ON "food_items"
  REFERENCING NEW TABLE AS changed_items
  FOR EACH STATEMENT EXECUTE FUNCTION search_index_changed_food_items();
CREATE TRIGGER "food_items_search_update" AFTER UPDATE ON "food_items"
  REFERENCING NEW TABLE AS changed_items
  FOR EACH STATEMENT EXECUTE FUNCTION search_index_changed_food_items();
CREATE TRIGGER "food_items_search_delete" AFTER DELETE ON "food_items"
  REFERENCING OLD TABLE AS changed_items
  FOR EACH STATEMENT EXECUTE FUNCTION search_index_changed_food_items();

-- Typo correction looks up single words by trigram similarity and prefix (GIN). Autocomplete
-- wants the few names nearest to what is typed, which a GiST index finds without scoring
-- every partial match.
CREATE INDEX "search_terms_words_trgm_idx" ON "search_terms" USING GIN ("term" gin_trgm_ops) WHERE "kind" = 'word';
CREATE INDEX "search_terms_names_trgm_idx" ON "search_terms" USING GIST ("term" gist_trgm_ops) WHERE "kind" <> 'word';

-- Index what is already there (nothing on a fresh database).
SELECT refresh_restaurant_search_documents(ARRAY(SELECT id FROM restaurants));
SELECT record_restaurant_search_terms(ARRAY(SELECT id FROM restaurants));
SELECT record_search_terms(array_agg(e.kind), array_agg(e.label))
FROM (SELECT DISTINCT 'dish', name FROM food_items UNION SELECT 'tag', unnest(tags) FROM food_items) AS e(kind, label);
-- Statistics now, so the first searches are planned on what was just written.
ANALYZE "restaurant_search_documents", "search_terms";

-- Variants, misspellings and related words people type, and the word the catalog uses.
-- Terms are lower-case and unaccented, as search_normalize leaves the query words.
INSERT INTO "search_synonyms" ("term", "canonical") VALUES
  ('kabob', 'kebab'), ('kabab', 'kebab'), ('kebap', 'kebab'), ('kebabs', 'kebab'), ('doner', 'kebab'),
  ('donner', 'kebab'), ('durum', 'kebab'),
  ('hamburger', 'burger'), ('hamburgers', 'burger'), ('burgers', 'burger'), ('cheeseburger', 'burger'),
  ('susi', 'sushi'), ('suchi', 'sushi'), ('sashimi', 'sushi'), ('maki', 'sushi'), ('nigiri', 'sushi'),
  ('uramaki', 'sushi'),
  ('piza', 'pizza'), ('pizzas', 'pizza'), ('pizzeria', 'pizza'), ('pizze', 'pizza'), ('pitza', 'pizza'),
  ('indian', 'curry'), ('masala', 'curry'), ('curries', 'curry'),
  ('noodle', 'noodles'), ('ramen', 'noodles'), ('udon', 'noodles'), ('soba', 'noodles'), ('mie', 'noodles'),
  ('bami', 'noodles'),
  ('plantbased', 'vegan'), ('plant', 'vegan'),
  ('chips', 'fries'), ('frites', 'fries'), ('friet', 'fries'), ('patat', 'fries'), ('pommes', 'fries'),
  ('kip', 'chicken'), ('pannenkoek', 'pancakes'), ('pannenkoeken', 'pancakes'), ('pancake', 'pancakes'),
  ('ontbijt', 'breakfast'), ('gyoza', 'dumplings'), ('dumpling', 'dumplings'), ('pokebowl', 'poke'),
  ('salade', 'salad');
