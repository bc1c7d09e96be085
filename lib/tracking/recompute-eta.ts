// Recomputes a delivery order's ETA (lib/tracking/compute-eta.ts) from what the database
// knows now, stores it on the order and in its history (eta_estimates), and tells the
// customer (`order:eta`). Runs at assignment, when the driver moved more than 100 m
// (lib/tracking/update-eta-on-move.ts), and for every status change of a delivery order: the
// worker follows orders up in batches (lib/dispatch/follow-order-changes.ts), so the estimate
// and its store take many orders at once.
import { prisma, type Tx } from "@/lib/db/client";
import type { LatLng } from "@/lib/geo/geohash";
import { computeEta } from "@/lib/tracking/compute-eta";
import { promisedPrepMinutes, type OutletState } from "@/lib/catalog/outlet-orderability";
import { DISPATCH_EVENTS_CHANNEL, type DispatchEvent } from "@/lib/dispatch/dispatch-events";
import type { OrderChannel, OrderStatus, Vehicle } from "@/lib/generated/prisma/enums";

export interface RecomputeOptions {
  now?: Date;
  /** The driver's position when the caller has a fresher one than the driver row. */
  driverPosition?: LatLng;
}

/** What an estimate is made from. */
export interface EtaOrder {
  id: string;
  status: OrderStatus;
  channel: OrderChannel;
  placedAt: Date;
  readyAt: Date | null;
  etaAt: Date | null;
  customerId: string | null;
  deliveryLat: number | null;
  deliveryLng: number | null;
  restaurant: LatLng & OutletState & { timeZone: string };
  driver: { vehicle: Vehicle; lastLat: number | null; lastLng: number | null } | null;
}

/** A new estimate to store, with the customer's notice when it moved. */
export interface EtaEstimate {
  orderId: string;
  etaAt: Date;
  reason: string;
  driverPosition: LatLng | null;
  computedAt: Date;
  notice: DispatchEvent | null;
}

/** The order's estimate now, or null when it has none (not a delivery, or finished). */
export function estimateEta(order: EtaOrder, reason: string, { now = new Date(), driverPosition }: RecomputeOptions = {}): EtaEstimate | null {
  if (order.channel === "TABLE" || order.deliveryLat === null || order.deliveryLng === null) return null;
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
  const notice: DispatchEvent | null =
    order.customerId && etaAt.getTime() !== order.etaAt?.getTime()
      ? { type: "order:eta", userId: order.customerId, orderId: order.id, etaAt: etaAt.toISOString(), computedAt: now.toISOString() }
      : null;
  return { orderId: order.id, etaAt, reason, driverPosition: position, computedAt: now, notice };
}

/**
 * Stores `estimates` (one per order) on their orders and in their history, and sends their
 * notices and `also` (more dispatch events) on commit: one statement however many, where the
 * ORM took three per order (store, history row, notify), each a round trip and a commit for
 * the worker and PostgreSQL. Not a versioned change: an estimate must never make a status
 * change lose its race.
 */
export async function storeEtas(db: Tx | typeof prisma, estimates: EtaEstimate[], also: DispatchEvent[] = []): Promise<void> {
  const notices = [...estimates.flatMap((e) => (e.notice ? [e.notice] : [])), ...also].map((event) => JSON.stringify(event));
  if (estimates.length === 0 && notices.length === 0) return;
  const column = <T>(pick: (e: EtaEstimate) => T) => estimates.map(pick);
  await db.$executeRaw`
    WITH estimate AS (
      SELECT * FROM unnest(
        ${column((e) => e.orderId)}::uuid[], ${column((e) => e.etaAt.toISOString())}::timestamptz[], ${column((e) => e.reason)}::text[],
        ${column((e) => e.driverPosition?.lat ?? null)}::float8[], ${column((e) => e.driverPosition?.lng ?? null)}::float8[],
        ${column((e) => e.computedAt.toISOString())}::timestamptz[]
      ) AS e(order_id, eta_at, reason, driver_lat, driver_lng, computed_at)
    ),
    -- Rows locked in id order first: two workers' batches naming the same orders wait for each other instead of deadlocking.
    locked AS MATERIALIZED (SELECT o.id FROM orders o JOIN estimate e ON e.order_id = o.id ORDER BY o.id FOR UPDATE OF o),
    stored AS (UPDATE orders o SET eta_at = e.eta_at, updated_at = now() FROM estimate e JOIN locked l ON l.id = e.order_id WHERE o.id = e.order_id RETURNING o.id),
    history AS (
      INSERT INTO eta_estimates (order_id, eta_at, reason, driver_lat, driver_lng, computed_at)
      SELECT e.order_id, e.eta_at, e.reason, e.driver_lat, e.driver_lng, e.computed_at FROM estimate e JOIN stored s ON s.id = e.order_id
    )
    SELECT pg_notify(${DISPATCH_EVENTS_CHANNEL}, notice) FROM unnest(${notices}::text[]) AS n(notice)`;
}

/** Returns the new ETA, or null when the order has none (not a delivery, or finished). */
export async function recomputeEta(db: Tx | typeof prisma, orderId: string, reason: string, options: RecomputeOptions = {}) {
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
  const estimate = order && estimateEta(order, reason, options);
  if (!estimate) return null;
  await storeEtas(db, [estimate]);
  return estimate.etaAt;
}
