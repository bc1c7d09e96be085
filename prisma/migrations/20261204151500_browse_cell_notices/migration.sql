-- Browse keeps the outlets of each 0.05° cell in memory per web process (lib/catalog/browse-cells.ts).
-- Any change to what a listed outlet shows (its row, hours, exceptions, chain name) announces
-- the cell on the "browse_cells" channel on commit, however it was written (the app, a seed,
-- SQL by hand), and every process drops that cell. Identical notices of one transaction are
-- delivered once, so a bulk write costs a notice per cell, not per row.
CREATE FUNCTION "browse_cells_notify"(lat float8, lng float8) RETURNS void
  LANGUAGE sql
  AS E'SELECT pg_notify(''browse_cells'', floor(lat * 20)::int || '':'' || floor(lng * 20)::int)';

CREATE FUNCTION "browse_cells_restaurant_changed"() RETURNS trigger
  LANGUAGE plpgsql
  AS E'BEGIN
  IF TG_OP <> ''INSERT'' THEN PERFORM browse_cells_notify(OLD.lat, OLD.lng)\073 END IF\073
  IF TG_OP <> ''DELETE'' THEN PERFORM browse_cells_notify(NEW.lat, NEW.lng)\073 END IF\073
  RETURN NULL\073
END';

CREATE FUNCTION "browse_cells_hours_changed"() RETURNS trigger
  LANGUAGE plpgsql
  AS E'BEGIN
  PERFORM browse_cells_notify(r.lat, r.lng) FROM restaurants r
  WHERE r.id = CASE WHEN TG_OP = ''DELETE'' THEN OLD.restaurant_id ELSE NEW.restaurant_id END\073
  RETURN NULL\073
END';

CREATE FUNCTION "browse_cells_chain_renamed"() RETURNS trigger
  LANGUAGE plpgsql
  AS E'BEGIN
  PERFORM browse_cells_notify(r.lat, r.lng) FROM restaurants r WHERE r.chain_id = NEW.id\073
  RETURN NULL\073
END';

CREATE TRIGGER "restaurants_browse_cells_insert_delete" AFTER INSERT OR DELETE ON "restaurants"
  FOR EACH ROW EXECUTE FUNCTION browse_cells_restaurant_changed();

-- Heartbeats, versions and timestamps change often and are not listed: only what browse shows.
CREATE TRIGGER "restaurants_browse_cells_update"
  AFTER UPDATE OF "name", "description", "cuisines", "dietary_tags", "price_level", "rating", "rating_count", "address",
    "lat", "lng", "delivery_fee_cents", "avg_prep_minutes", "declared_status", "status_until", "busy_extra_minutes",
    "time_zone", "chain_id" ON "restaurants"
  FOR EACH ROW
  WHEN ((OLD.name, OLD.description, OLD.cuisines, OLD.dietary_tags, OLD.price_level, OLD.rating, OLD.rating_count, OLD.address,
         OLD.lat, OLD.lng, OLD.delivery_fee_cents, OLD.avg_prep_minutes, OLD.declared_status, OLD.status_until,
         OLD.busy_extra_minutes, OLD.time_zone, OLD.chain_id)
        IS DISTINCT FROM
        (NEW.name, NEW.description, NEW.cuisines, NEW.dietary_tags, NEW.price_level, NEW.rating, NEW.rating_count, NEW.address,
         NEW.lat, NEW.lng, NEW.delivery_fee_cents, NEW.avg_prep_minutes, NEW.declared_status, NEW.status_until,
         NEW.busy_extra_minutes, NEW.time_zone, NEW.chain_id))
  EXECUTE FUNCTION browse_cells_restaurant_changed();

CREATE TRIGGER "opening_periods_browse_cells" AFTER INSERT OR UPDATE OR DELETE ON "opening_periods"
  FOR EACH ROW EXECUTE FUNCTION browse_cells_hours_changed();
CREATE TRIGGER "opening_exceptions_browse_cells" AFTER INSERT OR UPDATE OR DELETE ON "opening_exceptions"
  FOR EACH ROW EXECUTE FUNCTION browse_cells_hours_changed();
CREATE TRIGGER "chains_browse_cells" AFTER UPDATE OF "name" ON "chains"
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION browse_cells_chain_renamed();
