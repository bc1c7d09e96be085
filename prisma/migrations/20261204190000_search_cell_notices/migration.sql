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

-- Search keeps the matched dishes of each outlet too, with whether they can be ordered: their
-- name, tags, price, menu position, archiving and stock, and whether their inventory has any
-- left. Edits announce the outlet's cell (browse's per-outlet function), inventory announces
-- only when it runs out or comes back, not on every order that takes one.
CREATE FUNCTION "search_dishes_added_or_removed"() RETURNS trigger
  LANGUAGE plpgsql
  AS E'BEGIN
  PERFORM browse_cells_notify(r.lat, r.lng) FROM restaurants r WHERE r.id IN (SELECT DISTINCT restaurant_id FROM changed_rows)\073
  RETURN NULL\073
END';

CREATE TRIGGER "food_items_search_dishes_insert" AFTER INSERT ON "food_items"
  REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_dishes_added_or_removed();
CREATE TRIGGER "food_items_search_dishes_delete" AFTER DELETE ON "food_items"
  REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_dishes_added_or_removed();
CREATE TRIGGER "food_items_search_dishes_update"
  AFTER UPDATE OF "name", "tags", "price_cents", "in_stock", "position", "archived_at" ON "food_items"
  FOR EACH ROW
  WHEN ((OLD.name, OLD.tags, OLD.price_cents, OLD.in_stock, OLD.position, OLD.archived_at)
        IS DISTINCT FROM (NEW.name, NEW.tags, NEW.price_cents, NEW.in_stock, NEW.position, NEW.archived_at))
  EXECUTE FUNCTION browse_cells_hours_changed();

CREATE TRIGGER "inventory_search_dishes_insert" AFTER INSERT ON "inventory"
  REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_dishes_added_or_removed();
CREATE TRIGGER "inventory_search_dishes_delete" AFTER DELETE ON "inventory"
  REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_dishes_added_or_removed();
CREATE TRIGGER "inventory_search_dishes_update" AFTER UPDATE OF "quantity" ON "inventory"
  FOR EACH ROW
  WHEN ((OLD.quantity > 0) IS DISTINCT FROM (NEW.quantity > 0))
  EXECUTE FUNCTION browse_cells_hours_changed();
