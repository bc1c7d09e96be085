// Recomputes a delivery order's ETA (lib/tracking/compute-eta.ts) from what the database
// knows now, stores it on the order and in its history (eta_estimates), and tells the
// customer (`order:eta`). Runs on every status change of a delivery order (the worker), at
// assignment, and when the driver moved more than 100 m (lib/tracking/update-eta-on-move.ts).
import { prisma, type Tx } from "@/lib/db/client";
import type { LatLng } from "@/lib/geo/geohash";
import { computeEta } from "@/lib/tracking/compute-eta";
import { promisedPrepMinutes } from "@/lib/catalog/outlet-orderability";
import { DISPATCH_EVENTS_CHANNEL, type DispatchEvent } from "@/lib/dispatch/dispatch-events";

export interface RecomputeOptions {
  now?: Date;
  /** The driver's position when the caller has a fresher one than the driver row. */
  driverPosition?: LatLng;
}

/** Returns the new ETA, or null when the order has none (not a delivery, or finished). */
export async function recomputeEta(db: Tx | typeof prisma, orderId: string, reason: string, { now = new Date(), driverPosition }: RecomputeOptions = {}) {
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: {
      id: true,
      status: true,
      channel: true,
      placedAt: true,
      readyAt: true,
      etaAt: true,
      customerId: true,
      deliveryLat: true,
      deliveryLng: true,
      restaurant: { select: { lat: true, lng: true, timeZone: true, avgPrepMinutes: true, busyExtraMinutes: true, declaredStatus: true, statusUntil: true } },
      driver: { select: { vehicle: true, lastLat: true, lastLng: true } },
    },
  });
  if (!order || order.channel === "TABLE" || order.deliveryLat === null || order.deliveryLng === null) return null;
  const { driver } = order;
  const position = driverPosition ?? (driver?.lastLat != null && driver.lastLng != null ? { lat: driver.lastLat, lng: driver.lastLng } : null);
  const etaAt = computeEta({
    now,
    status: order.status,
    placedAt: order.placedAt,
    // The promise the customer ordered under, as the menu showed it then.
    promisedPrepMinutes: promisedPrepMinutes(order.restaurant, order.placedAt),
    readyAt: order.readyAt,
    restaurant: order.restaurant,
    dropoff: { lat: order.deliveryLat, lng: order.deliveryLng },
    driver: driver && position ? { ...position, vehicle: driver.vehicle } : null,
  });
  if (!etaAt) return null;
  const event: DispatchEvent | null =
    order.customerId && etaAt.getTime() !== order.etaAt?.getTime()
      ? { type: "order:eta", userId: order.customerId, orderId: order.id, etaAt: etaAt.toISOString(), computedAt: now.toISOString() }
      : null;
  // One statement where the ORM took three (store, history row, notify): the worker runs this
  // for every status change of every delivery order, and each statement cost the worker and
  // PostgreSQL a round trip and a commit. Not a versioned change: an estimate must never make
  // a status change lose its race. The notification still leaves on commit (pg_notify).
  await db.$executeRaw`
    WITH stored AS (UPDATE orders SET eta_at = ${etaAt}::timestamptz, updated_at = now() WHERE id = ${order.id}::uuid RETURNING id),
    history AS (
      INSERT INTO eta_estimates (order_id, eta_at, reason, driver_lat, driver_lng, computed_at)
      SELECT id, ${etaAt}::timestamptz, ${reason}, ${position?.lat ?? null}::float8, ${position?.lng ?? null}::float8, ${now}::timestamptz FROM stored
    )
    SELECT pg_notify(${DISPATCH_EVENTS_CHANNEL}, ${event && JSON.stringify(event)}) WHERE ${event !== null}`;
  return etaAt;
}
