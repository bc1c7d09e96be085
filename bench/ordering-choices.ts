// Menu options for the ordering bench: every ordered dish carries choices, as on a real menu,
// so placement validates, prices, snapshots and reserves them. Dishes the demo gave no option
// groups get the bench's own (a required size with a negative delta, optional extras with one
// counted option); counted options are topped up like item stock. What each order chooses
// rotates over the options, so both sides see the same mix.
import type pg from "pg";
import type { ChosenOptions } from "@/lib/menu/resolve-choices";

interface GroupRow {
  item_id: string;
  group_id: string;
  min_select: number;
  max_select: number;
  /** Null when none is available. */
  option_ids: string[];
}

export async function prepareChoices(db: pg.Client, itemIds: string[]) {
  await db.query(
    `WITH bare AS (SELECT i.id, i.restaurant_id FROM food_items i
                   WHERE i.id = ANY($1::uuid[]) AND NOT EXISTS (SELECT 1 FROM item_option_groups ig WHERE ig.item_id = i.id)),
     outlet AS (SELECT DISTINCT restaurant_id FROM bare),
     size AS (INSERT INTO option_groups (id, restaurant_id, name, min_select, max_select, updated_at)
              SELECT gen_random_uuid(), restaurant_id, 'Size', 1, 1, now() FROM outlet RETURNING id, restaurant_id),
     extras AS (INSERT INTO option_groups (id, restaurant_id, name, min_select, max_select, position, updated_at)
                SELECT gen_random_uuid(), restaurant_id, 'Extras', 0, 3, 1, now() FROM outlet RETURNING id, restaurant_id),
     size_options AS (INSERT INTO menu_options (id, group_id, restaurant_id, name, price_delta_cents, position, updated_at)
                      SELECT gen_random_uuid(), s.id, s.restaurant_id, o.name, o.delta, o.position, now()
                      FROM size s, (VALUES ('Small', -50, 0), ('Regular', 0, 1), ('Large', 250, 2)) AS o(name, delta, position)),
     extra_options AS (INSERT INTO menu_options (id, group_id, restaurant_id, name, price_delta_cents, position, quantity, allergens, updated_at)
                       SELECT gen_random_uuid(), e.id, e.restaurant_id, o.name, o.delta, o.position, o.quantity, o.allergens, now()
                       FROM extras e, (VALUES ('Cheese', 100, 0, NULL, ARRAY['milk']), ('Bacon', 200, 1, NULL, ARRAY[]::text[]),
                                              ('Jalapeños', 50, 2, 1, ARRAY[]::text[]), ('Sesame', 75, 3, NULL, ARRAY['sesame']))
                                       AS o(name, delta, position, quantity, allergens))
     INSERT INTO item_option_groups (item_id, group_id, position)
     SELECT b.id, s.id, 0 FROM bare b JOIN size s USING (restaurant_id)
     UNION ALL SELECT b.id, e.id, 1 FROM bare b JOIN extras e USING (restaurant_id)`,
    [itemIds],
  );
  await db.query(`UPDATE menu_options SET quantity = 100000000 WHERE quantity IS NOT NULL`);
  const { rows } = await db.query<GroupRow>(
    `SELECT ig.item_id, g.id AS group_id, g.min_select, g.max_select,
            array_agg(m.id ORDER BY m.position, m.id) FILTER (WHERE m.in_stock AND m.archived_at IS NULL) AS option_ids
     FROM item_option_groups ig JOIN option_groups g ON g.id = ig.group_id AND g.archived_at IS NULL
     JOIN menu_options m ON m.group_id = g.id
     WHERE ig.item_id = ANY($1::uuid[]) GROUP BY ig.item_id, g.id, g.min_select, g.max_select`,
    [itemIds],
  );
  const groups = new Map<string, GroupRow[]>();
  for (const row of rows) groups.set(row.item_id, [...(groups.get(row.item_id) ?? []), { ...row, option_ids: row.option_ids ?? [] }]);
  return {
    /** False for a dish with a required group that has too few options left (the menu shows it unavailable). */
    orderable: (itemId: string) => (groups.get(itemId) ?? []).every((g) => g.option_ids.length >= g.min_select),
    /** The n-th order's choices for the dish: each group's minimum, at least one and at most two, rotating. */
    choose: (itemId: string, n: number): ChosenOptions =>
      (groups.get(itemId) ?? []).map((g) => {
        const count = Math.min(g.option_ids.length, Math.max(g.min_select, Math.min(g.max_select, 2)));
        return { groupId: g.group_id, optionIds: Array.from({ length: count }, (_, k) => g.option_ids[(n + k) % g.option_ids.length]!) };
      }),
  };
}
