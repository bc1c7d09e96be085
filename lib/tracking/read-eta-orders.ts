// The orders a batch of follow-ups estimates (lib/dispatch/follow-order-changes.ts), in one
// plain-SQL read: the worker makes it for every status change of every order, where the ORM
// took two reads per order (its status, then what the estimate needs).
import { prepared, queryRows, sql } from "@/lib/db/sql";
import type { EtaOrder } from "@/lib/tracking/recompute-eta";
import type { OrderChannel, OrderStatus, OutletStatus, Vehicle } from "@/lib/generated/prisma/enums";

export type FollowedOrder = EtaOrder & { driverId: string | null };

interface Row {
  id: string;
  status: OrderStatus;
  channel: OrderChannel;
  driver_id: string | null;
  placed_at: Date;
  ready_at: Date | null;
  eta_at: Date | null;
  customer_id: string | null;
  delivery_lat: number | null;
  delivery_lng: number | null;
  restaurant_lat: number;
  restaurant_lng: number;
  time_zone: string;
  avg_prep_minutes: number;
  busy_extra_minutes: number;
  declared_status: OutletStatus;
  status_until: Date | null;
  vehicle: Vehicle | null;
  last_lat: number | null;
  last_lng: number | null;
}

/** Those of `orderIds` that exist, as they are now. */
export async function readEtaOrders(orderIds: string[]): Promise<FollowedOrder[]> {
  if (orderIds.length === 0) return [];
  const rows = await queryRows<Row>(prepared("read-eta-orders", sql`
    SELECT o.id, o.status, o.channel, o.driver_id, o.placed_at, o.ready_at, o.eta_at, o.customer_id, o.delivery_lat, o.delivery_lng,
      r.lat AS restaurant_lat, r.lng AS restaurant_lng, r.time_zone, r.avg_prep_minutes, r.busy_extra_minutes, r.declared_status, r.status_until,
      d.vehicle, d.last_lat, d.last_lng
    FROM orders o JOIN restaurants r ON r.id = o.restaurant_id LEFT JOIN drivers d ON d.id = o.driver_id
    WHERE o.id = ANY(${orderIds}::uuid[])`));
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    channel: row.channel,
    driverId: row.driver_id,
    placedAt: row.placed_at,
    readyAt: row.ready_at,
    etaAt: row.eta_at,
    customerId: row.customer_id,
    deliveryLat: row.delivery_lat,
    deliveryLng: row.delivery_lng,
    restaurant: {
      lat: row.restaurant_lat,
      lng: row.restaurant_lng,
      timeZone: row.time_zone,
      avgPrepMinutes: row.avg_prep_minutes,
      busyExtraMinutes: row.busy_extra_minutes,
      declaredStatus: row.declared_status,
      statusUntil: row.status_until,
    },
    driver: row.vehicle ? { vehicle: row.vehicle, lastLat: row.last_lat, lastLng: row.last_lng } : null,
  }));
}
