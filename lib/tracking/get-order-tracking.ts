// What the customer's order page starts from before live socket messages arrive: the ETA,
// the delivery code they tell the driver, who is bringing it, and — only once the order is
// picked up (privacy) — where the driver was last seen. The page marks a position older
// than 30 s as stale.
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { forbidden, notFound } from "@/lib/errors/app-error";
import type { Vehicle } from "@/lib/generated/prisma/enums";
import { getLatestPosition } from "@/lib/tracking/latest-positions";

export interface OrderTracking {
  /** ISO 8601, or null when not estimated (yet, or any more). */
  etaAt: string | null;
  /** ISO 8601: when that estimate was made (the page keeps the newer of it and a live one). */
  etaComputedAt: string | null;
  deliveryCode: string | null;
  driver: { name: string; vehicle: Vehicle } | null;
  lastPosition: { lat: number; lng: number; recordedAt: string } | null;
}

export async function getOrderTracking(actor: Actor, orderId: string): Promise<OrderTracking> {
  if (actor.role !== "CUSTOMER") throw forbidden();
  const order = await prisma.order.findFirst({
    where: { id: orderId, customerId: actor.userId },
    select: {
      status: true,
      etaAt: true,
      etaEstimates: { orderBy: { computedAt: "desc" }, take: 1, select: { computedAt: true } },
      deliveryCode: true,
      driver: { select: { id: true, vehicle: true, lastLat: true, lastLng: true, lastSeenAt: true, user: { select: { name: true } } } },
    },
  });
  if (!order) throw notFound("Order");
  const { driver } = order;
  let lastPosition: OrderTracking["lastPosition"] = null;
  if (driver && order.status === "PICKED_UP") {
    const live = await getLatestPosition(driver.id);
    if (live) lastPosition = { lat: live.lat, lng: live.lng, recordedAt: live.recordedAt.toISOString() };
    else if (driver.lastLat !== null && driver.lastLng !== null && driver.lastSeenAt) {
      lastPosition = { lat: driver.lastLat, lng: driver.lastLng, recordedAt: driver.lastSeenAt.toISOString() };
    }
  }
  return {
    etaAt: order.etaAt?.toISOString() ?? null,
    etaComputedAt: order.etaAt ? (order.etaEstimates[0]?.computedAt.toISOString() ?? null) : null,
    deliveryCode: order.deliveryCode,
    driver: driver ? { name: driver.user.name, vehicle: driver.vehicle } : null,
    lastPosition,
  };
}
