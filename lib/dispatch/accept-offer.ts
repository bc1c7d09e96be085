// A driver takes an offered delivery. One transaction, every step conditional, so racing
// requests settle with one winner and nothing half-written:
//   the offer PENDING and unexpired → ACCEPTED,
//   the driver (version, AVAILABLE) → ON_DELIVERY,
//   the order (version, no driver, still waiting for one) → this driver, with its delivery
//   code and the driver's payout, and the assignment event in the order's log.
// The partial unique index orders_one_active_per_driver backs the driver check.
import { randomInt } from "node:crypto";
import { prisma, type Tx } from "@/lib/db/client";
import { AppError, notFound, type ErrorCode } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/auth/actor";
import { isUniqueViolation, retryOnConflict } from "@/lib/db/retry-on-conflict";
import { appendOrderEvent } from "@/lib/orders/append-order-event";
import { recomputeEta } from "@/lib/tracking/recompute-eta";
import { requireDriver } from "@/lib/dispatch/require-driver";
import { DISPATCHABLE_STATUSES } from "@/lib/dispatch/dispatch-order";
import { getDriverJob } from "@/lib/dispatch/get-driver-job";
import { offerIdSchema } from "@/lib/dispatch/schemas";
import type { Job } from "@/lib/dispatch/views";

const closed = (message: string, code: ErrorCode) => new AppError(409, message, code);

/** 4 digits, any of 0000–9999, from a CSPRNG (the code is what proves the hand-over). */
const deliveryCode = () => randomInt(0, 10_000).toString().padStart(4, "0");

async function assign(tx: Tx, actor: Actor, offerId: string, now: Date) {
  const offer = await tx.deliveryOffer.findFirst({
    where: { id: offerId, driver: { userId: actor.userId } },
    select: {
      status: true,
      expiresAt: true,
      payoutCents: true,
      driver: { select: { id: true, version: true, status: true, vehicle: true } },
      order: { select: { id: true, version: true, restaurantId: true, deliveryCode: true } },
    },
  });
  if (!offer) throw notFound("Offer");
  if (offer.status !== "PENDING") throw closed(`This offer was already ${offer.status.toLowerCase()}`, "offer_closed");
  if (offer.expiresAt <= now) throw closed("This offer has expired", "offer_expired");

  const claimed = await tx.deliveryOffer.updateMany({
    where: { id: offerId, status: "PENDING", expiresAt: { gt: now } },
    data: { status: "ACCEPTED", respondedAt: now },
  });
  if (claimed.count === 0) throw closed("This offer is no longer open", "offer_closed");

  const { driver, order } = offer;
  const busy = await tx.driver.updateMany({
    where: { id: driver.id, version: driver.version, status: "AVAILABLE" },
    data: { status: "ON_DELIVERY", version: { increment: 1 } },
  });
  if (busy.count === 0) throw closed("You are not available for a new delivery (offline or already on one)", "driver_not_available");

  const taken = await tx.order.updateMany({
    where: { id: order.id, version: order.version, driverId: null, status: { in: [...DISPATCHABLE_STATUSES] } },
    // The customer may already have noted the code shown since placing the order: keep it.
    data: { driverId: driver.id, deliveryCode: order.deliveryCode ?? deliveryCode(), driverPayoutCents: offer.payoutCents, version: { increment: 1 } },
  });
  if (taken.count === 0) throw closed("This order is no longer waiting for a driver", "order_unavailable");

  await appendOrderEvent(tx, {
    orderId: order.id,
    restaurantId: order.restaurantId,
    type: "order.driver_assigned",
    actor: { id: actor.userId, role: "DRIVER" },
    payload: { driverName: actor.name, vehicle: driver.vehicle },
  });
  await recomputeEta(tx, order.id, "assigned", { now });
  return { driverId: driver.id, orderId: order.id };
}

export async function acceptOffer(actor: Actor, offerId: string, now = new Date()): Promise<Job> {
  const id = offerIdSchema.parse(offerId);
  await requireDriver(actor);
  let assigned: { driverId: string; orderId: string };
  try {
    // A busy pool makes a driver wait a little rather than see an error while the offer runs out.
    assigned = await retryOnConflict(() => prisma.$transaction((tx) => assign(tx, actor, id, now), { maxWait: 5_000, timeout: 10_000 }));
  } catch (error) {
    // The unique index saw a second active order for this driver: the CAS above already
    // prevents it, this is the database's own guarantee answering the same way.
    if (isUniqueViolation(error)) throw closed("You already have an active delivery", "driver_not_available");
    throw error;
  }
  return (await getDriverJob(assigned.driverId, assigned.orderId))!;
}
