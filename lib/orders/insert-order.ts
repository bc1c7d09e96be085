// Writes a new order in one statement: the order, its lines, its pending payment, its
// `order.placed` event (+ NOTIFY, delivered only if the transaction commits), the stock
// reservation of its tracked items and options, and a hold on every chosen option. The caller
// runs it in a transaction and rolls back when fewer items were reserved than it tracks
// (`reservedCount`) or fewer options held than chosen (`optionsHeld`): all or nothing.
// Through the ORM this was a dozen round trips; see lib/orders/read-order-context.ts. Plain
// `pg` (lib/db/sql.ts), as the whole placement path.
import { randomUUID } from "node:crypto";
import { prepared, queryRows, sql, type Sql } from "@/lib/db/sql";
import type { OrderChannel } from "@/lib/generated/prisma/enums";
import type { EventActor } from "@/lib/orders/append-order-event";
import { ORDER_EVENTS_CHANNEL } from "@/lib/orders/append-order-event";
import type { OrderOwner } from "@/lib/orders/read-order-context";
import type { OrderTotals } from "@/lib/orders/price-order";
import type { Demand, PricedOrderLine } from "@/lib/orders/resolve-order-lines";

export interface OrderRow {
  restaurantId: string;
  owner: OrderOwner;
  channel: OrderChannel;
  idempotencyKey: string;
  requestHash: string;
  totals: OrderTotals;
  delivery: { address: string; lat: number; lng: number; instructions: string | null; code: string } | null;
  prepMinutes: number;
  placedAt: Date;
  lines: PricedOrderLine[];
  /** Units per item and per chosen option, summed over the lines, in id order. */
  itemDemand: Demand[];
  optionDemand: Demand[];
  kitchenNote: string | null;
  /** Provider that will charge it; null: the bill is paid at the table (no payment row). */
  paymentProvider: string | null;
  actor: EventActor;
}

export interface InsertedOrder {
  id: string;
  paymentId: string | null;
  currency: string;
  /** How many of the lines' items had tracked stock and got it (the rest had none or too little). */
  reservedCount: number;
  /** How many of the chosen options were still on (not 86'd nor archived) with enough stock if tracked. */
  optionsHeld: number;
}

export async function insertOrder(tx: Sql, order: OrderRow): Promise<InsertedOrder> {
  const id = randomUUID();
  const paymentId = order.paymentProvider ? randomUUID() : null;
  const customerId = "customerId" in order.owner ? order.owner.customerId : null;
  const tableId = "tableId" in order.owner ? order.owner.tableId : null;
  const t = order.totals;
  const l = order.lines;
  const payload = JSON.stringify({ totalCents: t.totalCents, channel: order.channel });
  // The order row first in the plan is not guaranteed, but the statement is atomic: a replay
  // racing on the same key fails it on the unique index with nothing written.
  const items = order.itemDemand;
  const options = order.optionDemand;
  const [row] = await queryRows<{ currency: string; reserved: number; held: number }>(prepared("insert-order", sql`
    WITH line AS (
      SELECT * FROM unnest(${l.map((x) => x.itemId)}::uuid[], ${l.map((x) => x.name)}::text[], ${l.map((x) => x.unitPriceCents)}::int[],
                           ${l.map((x) => x.quantity)}::int[], ${l.map((x) => x.notes)}::text[],
                           ${l.map((x) => JSON.stringify(x.options))}::text[], ${l.map((x) => JSON.stringify(x.allergens))}::text[])
        AS x(item_id, name, unit_price_cents, quantity, notes, options, allergens)
    ),
    -- The guard makes each decrement atomic (never below zero, none lost); version moves so
    -- absolute writers (a staff count) see they raced an order.
    reserved AS (
      UPDATE inventory i SET quantity = i.quantity - need.quantity, version = i.version + 1, updated_at = now()
      FROM unnest(${items.map((d) => d.id)}::uuid[], ${items.map((d) => d.quantity)}::int[]) AS need(item_id, quantity)
      WHERE i.item_id = need.item_id AND i.quantity IS NOT NULL AND i.quantity >= need.quantity
      RETURNING i.item_id
    ),
    -- Every chosen option is checked again here, not only when the order was read: an 86 that
    -- commits in between must refuse the order. Tracked options are decremented like items;
    -- untracked ones are locked FOR SHARE, so an 86 waits for the orders that hold them, and an
    -- order that waits for an 86 re-reads the row and drops it (READ COMMITTED re-checks the
    -- WHERE on the newest row version). Either way no order commits with an option after its 86.
    option_counted AS (
      UPDATE menu_options m SET quantity = m.quantity - need.quantity, version = m.version + 1, updated_at = now()
      FROM unnest(${options.map((d) => d.id)}::uuid[], ${options.map((d) => d.quantity)}::int[]) AS need(option_id, quantity)
      WHERE m.id = need.option_id AND m.in_stock AND m.archived_at IS NULL AND m.quantity IS NOT NULL AND m.quantity >= need.quantity
      RETURNING m.id
    ),
    option_held AS (
      SELECT m.id FROM menu_options m
      WHERE m.id = ANY(${options.map((d) => d.id)}::uuid[]) AND m.in_stock AND m.archived_at IS NULL AND m.quantity IS NULL
      FOR SHARE
    ),
    new_order AS (
      INSERT INTO orders (id, restaurant_id, customer_id, table_id, channel, status, idempotency_key, request_hash,
                          subtotal_cents, delivery_fee_cents, service_fee_cents, tax_cents, tip_cents, total_cents,
                          delivery_address, delivery_lat, delivery_lng, delivery_code, delivery_instructions, prep_minutes, kitchen_note, placed_at, updated_at)
      VALUES (${id}::uuid, ${order.restaurantId}::uuid, ${customerId}::uuid, ${tableId}::uuid, ${order.channel}::"OrderChannel", 'PLACED',
              ${order.idempotencyKey}, ${order.requestHash}, ${t.subtotalCents}, ${t.deliveryFeeCents}, ${t.serviceFeeCents}, ${t.taxCents},
              ${t.tipCents}, ${t.totalCents}, ${order.delivery?.address ?? null}, ${order.delivery?.lat ?? null}::float8,
              ${order.delivery?.lng ?? null}::float8, ${order.delivery?.code ?? null},
              ${order.delivery?.instructions ?? null}, ${order.prepMinutes}, ${order.kitchenNote},
              ${order.placedAt}::timestamptz, now())
      RETURNING id, currency
    ),
    order_lines AS (
      INSERT INTO order_items (id, order_id, item_id, name, unit_price_cents, quantity, notes, options, allergens)
      SELECT gen_random_uuid(), new_order.id, line.item_id, line.name, line.unit_price_cents, line.quantity, line.notes, line.options::jsonb,
             ARRAY(SELECT jsonb_array_elements_text(line.allergens::jsonb))
      FROM new_order, line
    ),
    payment AS (
      INSERT INTO payments (id, order_id, provider, amount_cents, updated_at)
      SELECT ${paymentId}::uuid, new_order.id, ${order.paymentProvider}, ${t.totalCents}, now() FROM new_order WHERE ${paymentId}::uuid IS NOT NULL
    ),
    event AS (
      INSERT INTO order_events (id, order_id, restaurant_id, type, to_status, actor_id, actor_role, payload)
      SELECT gen_random_uuid(), new_order.id, ${order.restaurantId}::uuid, 'order.placed', 'PLACED', ${order.actor.id}::uuid, ${order.actor.role}, ${payload}::jsonb
      FROM new_order
      RETURNING seq
    )
    SELECT new_order.currency, (SELECT count(*)::int FROM reserved) AS reserved,
           (SELECT count(*)::int FROM (SELECT id FROM option_counted UNION SELECT id FROM option_held) AS h) AS held,
           pg_notify(${ORDER_EVENTS_CHANNEL}, event.seq::text)::text AS notified
    FROM new_order, event`), tx);
  return { id, paymentId, currency: row!.currency, reservedCount: row!.reserved, optionsHeld: row!.held };
}
