// Everything placing an order needs to read, in one round trip: whether the idempotency key
// already made an order, and the outlet with its opening hours and the ordered items with
// their stock, attached option groups and options. Raw SQL: through the ORM this was five
// queries and most of the placement's CPU (`npm run bench -- compare --paths ordering`); plain
// `pg`, not `$queryRaw`, for the same reason (lib/db/sql.ts).
import { prepared, queryRows, sql } from "@/lib/db/sql";
import type { OpeningHours } from "@/lib/catalog/opening-hours";
import type { OutletState } from "@/lib/catalog/outlet-orderability";
import type { ChoiceGroup, ChoiceOption, ChoiceItem } from "@/lib/menu/resolve-choices";

export type OrderOwner = { customerId: string } | { tableId: string };

export interface OrderableOption extends ChoiceOption {
  /** Units left; null when the option's stock is not tracked. */
  quantity: number | null;
}

export interface OrderableGroup extends ChoiceGroup {
  options: OrderableOption[];
}

export interface OrderableItem extends ChoiceItem {
  id: string;
  inStock: boolean;
  archived: boolean;
  /** Units left; null when the item's stock is not tracked (always available). */
  quantity: number | null;
  /** Its attached groups that are not archived, in attachment order; archived options stay in, unavailable. */
  groups: OrderableGroup[];
}

export interface OrderContext {
  /** The order this owner already made with this key, if any. */
  existing: { id: string; requestHash: string | null } | null;
  outlet:
    | (OutletState & { id: string; deliveryFeeCents: number; minOrderCents: number; menuVersion: number; hours: OpeningHours })
    | null;
  /** The requested items that belong to the outlet, by id. */
  items: Map<string, OrderableItem>;
}

interface Row {
  existing: { id: string; requestHash: string | null } | null;
  outlet: {
    id: string;
    timeZone: string;
    declaredStatus: OutletState["declaredStatus"];
    statusUntil: string | null;
    avgPrepMinutes: number;
    busyExtraMinutes: number;
    deliveryFeeCents: number;
    minOrderCents: number;
    menuVersion: number;
    periods: OpeningHours["periods"];
    exceptions: { date: string; closed: boolean; opensMinute: number | null; closesMinute: number | null }[];
    items: OrderableItem[];
  } | null;
}

export async function readOrderContext({ restaurantId, owner, idempotencyKey, itemIds }: { restaurantId: string; owner: OrderOwner; idempotencyKey: string; itemIds: string[] }): Promise<OrderContext> {
  const customerId = "customerId" in owner ? owner.customerId : null;
  const tableId = "tableId" in owner ? owner.tableId : null;
  // One row whatever exists: the replay check and the outlet are independent sub-selects.
  const [row] = await queryRows<Row>(prepared("read-order-context", sql`
    SELECT
      (SELECT json_build_object('id', o.id, 'requestHash', o.request_hash) FROM orders o
        WHERE o.idempotency_key = ${idempotencyKey}
          AND (o.customer_id = ${customerId}::uuid OR o.table_id = ${tableId}::uuid)) AS existing,
      (SELECT json_build_object(
          'id', r.id, 'timeZone', r.time_zone, 'declaredStatus', r.declared_status, 'statusUntil', r.status_until,
          'avgPrepMinutes', r.avg_prep_minutes, 'busyExtraMinutes', r.busy_extra_minutes,
          'deliveryFeeCents', r.delivery_fee_cents, 'minOrderCents', r.min_order_cents, 'menuVersion', r.menu_version,
          'periods', COALESCE((SELECT json_agg(json_build_object('dayOfWeek', p.day_of_week, 'opensMinute', p.opens_minute, 'closesMinute', p.closes_minute))
                      FROM opening_periods p WHERE p.restaurant_id = r.id), '[]'),
          'exceptions', COALESCE((SELECT json_agg(json_build_object('date', e.date, 'closed', e.closed, 'opensMinute', e.opens_minute, 'closesMinute', e.closes_minute))
                      FROM opening_exceptions e WHERE e.restaurant_id = r.id), '[]'),
          'items', COALESCE((SELECT json_agg(json_build_object('id', i.id, 'name', i.name, 'priceCents', i.price_cents, 'inStock', i.in_stock,
                                                               'archived', i.archived_at IS NOT NULL, 'quantity', inv.quantity, 'tags', COALESCE(i.tags, '{}'),
                                                               'allergens', i.allergens, 'mayContain', i.may_contain,
              'groups', COALESCE((SELECT json_agg(json_build_object('id', g.id, 'name', g.name, 'minSelect', g.min_select, 'maxSelect', g.max_select,
                  'options', COALESCE((SELECT json_agg(json_build_object('id', m.id, 'name', m.name, 'priceDeltaCents', m.price_delta_cents,
                                                   'available', m.in_stock AND m.archived_at IS NULL AND COALESCE(m.quantity > 0, true),
                                                   'quantity', m.quantity, 'allergens', m.allergens, 'mayContain', m.may_contain, 'voidsDiet', m.voids_diet)
                                        ORDER BY m.position, m.id)
                               FROM menu_options m WHERE m.group_id = g.id), '[]'))
                  ORDER BY ig.position, g.id)
                FROM item_option_groups ig JOIN option_groups g ON g.id = ig.group_id
                WHERE ig.item_id = i.id AND g.restaurant_id = r.id AND g.archived_at IS NULL), '[]')))
                      FROM food_items i LEFT JOIN inventory inv ON inv.item_id = i.id
                      WHERE i.restaurant_id = r.id AND i.id = ANY(${itemIds}::uuid[])), '[]'))
        FROM restaurants r WHERE r.id = ${restaurantId}::uuid) AS outlet`));
  const outlet = row?.outlet ?? null;
  return {
    existing: row?.existing ?? null,
    outlet: outlet && {
      id: outlet.id,
      declaredStatus: outlet.declaredStatus,
      statusUntil: outlet.statusUntil ? new Date(outlet.statusUntil) : null,
      avgPrepMinutes: outlet.avgPrepMinutes,
      busyExtraMinutes: outlet.busyExtraMinutes,
      deliveryFeeCents: outlet.deliveryFeeCents,
      minOrderCents: outlet.minOrderCents,
      menuVersion: outlet.menuVersion,
      // Exception dates arrive as the calendar days they are ("2026-12-24").
      hours: { timeZone: outlet.timeZone, periods: outlet.periods, exceptions: outlet.exceptions },
    },
    items: new Map((outlet?.items ?? []).map((item) => [item.id, item])),
  };
}
