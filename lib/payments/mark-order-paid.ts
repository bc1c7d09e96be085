// The common settlement in one statement: a pending payment succeeded and its order, still
// PLACED, becomes PAID with its `order.paid` event (+ NOTIFY). The status machine's only move
// here is PLACED → PAID by the platform; the conditional updates are its compare-and-set (a
// cancel racing it finds the order no longer PLACED, or this finds it no longer PLACED).
// Anything else (already settled, cancelled while paying) is left to settle-payment.ts.
import { prepared, queryRows, sql } from "@/lib/db/sql";
import { ORDER_EVENTS_CHANNEL } from "@/lib/orders/append-order-event";

export type MarkPaidResult =
  /** The payment was not pending any more: nothing changed. */
  | { outcome: "not_pending" }
  /** The payment is recorded as succeeded but its order had left PLACED (cancelled meanwhile): the money goes back. */
  | { outcome: "order_gone" }
  | { outcome: "paid"; orderVersion: number };

export async function markOrderPaid(paymentId: string, providerRef: string): Promise<MarkPaidResult> {
  const [row] = await queryRows<{ paid: number; version: number | null }>(prepared("mark-order-paid", sql`
    WITH paid AS (
      UPDATE payments SET status = 'SUCCEEDED', provider_ref = ${providerRef}, updated_at = now()
      WHERE id = ${paymentId}::uuid AND status = 'PENDING'
      RETURNING order_id
    ),
    moved AS (
      UPDATE orders o SET status = 'PAID', version = o.version + 1, updated_at = now()
      FROM paid WHERE o.id = paid.order_id AND o.status = 'PLACED'
      RETURNING o.id, o.restaurant_id, o.version
    ),
    event AS (
      INSERT INTO order_events (id, order_id, restaurant_id, type, from_status, to_status, actor_id, actor_role, payload)
      SELECT gen_random_uuid(), moved.id, moved.restaurant_id, 'order.paid', 'PLACED', 'PAID', NULL, 'SYSTEM', jsonb_build_object('paymentId', ${paymentId}::text)
      FROM moved
      RETURNING seq
    )
    SELECT (SELECT count(*)::int FROM paid) AS paid, moved.version,
           CASE WHEN event.seq IS NOT NULL THEN pg_notify(${ORDER_EVENTS_CHANNEL}, event.seq::text)::text END AS notified
    FROM (SELECT 1) one LEFT JOIN moved ON true LEFT JOIN event ON true`));
  if (!row || row.paid === 0) return { outcome: "not_pending" };
  return row.version === null ? { outcome: "order_gone" } : { outcome: "paid", orderVersion: row.version };
}
