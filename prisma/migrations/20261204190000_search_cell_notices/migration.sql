-- Search near a point keeps, per process, which outlets of each 0.05° cell match a query and
-- how well (lib/catalog/search-cells.ts), and the expansion of query words (synonyms,
-- corrections). Both are dropped on notice, on the channel browse already uses (one LISTEN).
--
-- A search document changes with its outlet's row (which browse announces already) and with
-- its menu: food_items triggers rebuild it on every statement, even a stock toggle, so only a
-- document that really changed (or moved) announces its cell, old and new. The announcing
-- function is browse's: it reads OLD/NEW lat and lng, which documents carry as well.
CREATE TRIGGER "search_documents_browse_cells_insert_delete" AFTER INSERT OR DELETE ON "restaurant_search_documents"
  FOR EACH ROW EXECUTE FUNCTION browse_cells_restaurant_changed();
CREATE TRIGGER "search_documents_browse_cells_update" AFTER UPDATE ON "restaurant_search_documents"
  FOR EACH ROW
  WHEN ((OLD.lat, OLD.lng, OLD.document) IS DISTINCT FROM (NEW.lat, NEW.lng, NEW.document))
  EXECUTE FUNCTION browse_cells_restaurant_changed();

-- The vocabulary (search_terms) and synonyms decide how words are corrected and widened. Menu
-- statements run record_search_terms every time, mostly inserting nothing: only a statement
-- that added a word announces it.
CREATE FUNCTION "search_vocabulary_notify"() RETURNS trigger
  LANGUAGE plpgsql
  AS E'BEGIN
  PERFORM pg_notify(''browse_cells'', ''vocabulary'')\073
  RETURN NULL\073
END';

CREATE FUNCTION "search_vocabulary_added"() RETURNS trigger
  LANGUAGE plpgsql
  AS E'BEGIN
  IF EXISTS (SELECT 1 FROM added_terms) THEN PERFORM pg_notify(''browse_cells'', ''vocabulary'')\073 END IF\073
  RETURN NULL\073
END';

CREATE TRIGGER "search_terms_vocabulary_insert" AFTER INSERT ON "search_terms"
  REFERENCING NEW TABLE AS added_terms
  FOR EACH STATEMENT EXECUTE FUNCTION search_vocabulary_added();
CREATE TRIGGER "search_terms_vocabulary_change" AFTER UPDATE OR DELETE OR TRUNCATE ON "search_terms"
  FOR EACH STATEMENT EXECUTE FUNCTION search_vocabulary_notify();
CREATE TRIGGER "search_synonyms_vocabulary_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "search_synonyms"
  FOR EACH STATEMENT EXECUTE FUNCTION search_vocabulary_notify();
