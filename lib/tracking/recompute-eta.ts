// Recomputes a delivery order's ETA (lib/tracking/compute-eta.ts) from what the database
// knows now, stores it on the order and in its history (eta_estimates), and tells the
// customer (`order:eta`). Runs on every status change of a delivery order (the worker), at
// assignment, and when the driver moved more than 100 m (lib/tracking/update-eta-on-move.ts).
import { prisma, type Tx } from "@/lib/db/client";
import type { LatLng } from "@/lib/geo/geohash";
import { computeEta } from "@/lib/tracking/compute-eta";
import { promisedPrepMinutes } from "@/lib/catalog/outlet-orderability";
import { publishDispatchEvent } from "@/lib/dispatch/dispatch-events";

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
  // Not a versioned change: an estimate must never make a status change lose its race.
  await db.order.update({ where: { id: order.id }, data: { etaAt } });
  await db.etaEstimate.create({ data: { orderId: order.id, etaAt, reason, driverLat: position?.lat, driverLng: position?.lng, computedAt: now } });
  if (order.customerId && etaAt.getTime() !== order.etaAt?.getTime()) {
    await publishDispatchEvent(db, { type: "order:eta", userId: order.customerId, orderId: order.id, etaAt: etaAt.toISOString(), computedAt: now.toISOString() });
  }
  return etaAt;
}
