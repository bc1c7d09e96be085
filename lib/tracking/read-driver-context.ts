// Who a DRIVER user is and which order they carry, for the GPS ingest: one query (plain SQL,
// as the realtime server reads it once per connection and per job change, see
// driver-context-cache.ts), remembered in `cache` when one is given.
import { getSqlPool } from "@/lib/db/sql-pool";
import type { DriverContext, DriverContextCache } from "@/lib/tracking/driver-context-cache";

/** Statuses in which an order has a driver on the way (its points are tagged with it). */
const ACTIVE_STATUSES = ["ACCEPTED", "PREPARING", "READY", "PICKED_UP"];

/** The driver of `userId` (null when they have no driver profile). */
export async function readDriverContext(userId: string, cache?: DriverContextCache): Promise<DriverContext | null> {
  const cached = cache?.get(userId);
  if (cached) return cached;
  const version = cache?.version ?? 0;
  const { rows: [row] } = await getSqlPool().query<{ id: string; order_id: string | null; status: string | null; customer_id: string | null }>(
    `SELECT d.id, o.id AS order_id, o.status, o.customer_id
     FROM drivers d
     LEFT JOIN LATERAL (
       SELECT id, status::text, customer_id FROM orders
       WHERE driver_id = d.id AND status::text = ANY($2::text[]) ORDER BY placed_at DESC LIMIT 1
     ) o ON true
     WHERE d.user_id = $1`,
    [userId, ACTIVE_STATUSES],
  );
  if (!row) return null;
  const context: DriverContext = { id: row.id, order: row.order_id ? { id: row.order_id, status: row.status!, customerId: row.customer_id } : null };
  cache?.set(userId, context, version);
  return context;
}
