// Who a DRIVER user is and which order they carry, for the GPS ingest: one query, read once
// per connection and per job change (see driver-context-cache.ts), remembered in `cache` when
// one is given. On Prisma's pool: at a burst of reconnecting drivers it is the handshake's
// query, and the small plain-SQL pool of the history batches (2 connections) queued them into
// timeouts (measured with `npm run bench -- compare` on a loaded machine).
import { prisma } from "@/lib/db/client";
import type { DriverContext, DriverContextCache } from "@/lib/tracking/driver-context-cache";

/** Statuses in which an order has a driver on the way (its points are tagged with it). */
const ACTIVE_STATUSES = ["ACCEPTED", "PREPARING", "READY", "PICKED_UP"];

/** The driver of `userId` (null when they have no driver profile). */
export async function readDriverContext(userId: string, cache?: DriverContextCache): Promise<DriverContext | null> {
  const cached = cache?.get(userId);
  if (cached) return cached;
  const version = cache?.version ?? 0;
  const [row] = await prisma.$queryRaw<{ id: string; order_id: string | null; status: string | null; customer_id: string | null }[]>`
    SELECT d.id::text, o.id::text AS order_id, o.status, o.customer_id::text
    FROM drivers d
    LEFT JOIN LATERAL (
      SELECT id, status::text, customer_id FROM orders
      WHERE driver_id = d.id AND status::text = ANY(${ACTIVE_STATUSES}::text[]) ORDER BY placed_at DESC LIMIT 1
    ) o ON true
    WHERE d.user_id = ${userId}::uuid`;
  if (!row) return null;
  const context: DriverContext = { id: row.id, order: row.order_id ? { id: row.order_id, status: row.status!, customerId: row.customer_id } : null };
  cache?.set(userId, context, version);
  return context;
}
