// Finds a driver for a delivery order and offers it to them: candidates near the restaurant
// (lib/dispatch/list-candidate-drivers.ts), ranked (lib/dispatch/score-candidates.ts), and
// the best one gets an offer that expires after DISPATCH_OFFER_SECONDS. Safe to run twice at
// once for one order: the partial unique index delivery_offers_one_pending_per_order lets
// only one open offer exist, and delivery_offers_one_pending_per_driver keeps a driver from
// being offered two orders at once. The worker calls it; it returns what to do next.
import { env } from "@/lib/env";
import { prisma } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/retry-on-conflict";
import { localHour } from "@/lib/tracking/compute-eta";
import { listCandidateDrivers } from "@/lib/dispatch/list-candidate-drivers";
import { planOffer, scoreCandidates, type ScoredCandidate } from "@/lib/dispatch/score-candidates";
import { driverPayoutCents } from "@/lib/dispatch/driver-payout";
import { offerSelect, toOffer, type Offer } from "@/lib/dispatch/views";
import { publishDispatchEvent } from "@/lib/dispatch/dispatch-events";
import type { OrderStatus } from "@/lib/generated/prisma/enums";

/** Statuses in which a delivery order waits for, or rides with, its driver. */
export const DISPATCHABLE_STATUSES = ["ACCEPTED", "PREPARING", "READY"] as const satisfies OrderStatus[];
/** Candidates ranked per attempt; the next ones are tried if the best was taken meanwhile. */
const CANDIDATES = 10;

export type DispatchOutcome =
  /** Nothing to do: assigned, already offered, cancelled, not a delivery… */
  | { kind: "settled" }
  | { kind: "offered"; offer: Offer; driverId: string }
  /** Every driver around would be early: look again in `seconds`. */
  | { kind: "deferred"; seconds: number }
  /** Nobody free around: look again later. */
  | { kind: "no_driver" };

const orderSelect = {
  id: true,
  status: true,
  channel: true,
  driverId: true,
  readyAt: true,
  tipCents: true,
  deliveryLat: true,
  deliveryLng: true,
  restaurant: { select: { lat: true, lng: true, timeZone: true } },
  offers: { select: { driverId: true, status: true } },
} as const;

type OrderRow = NonNullable<Awaited<ReturnType<typeof loadOrder>>>;

const loadOrder = (orderId: string) => prisma.order.findUnique({ where: { id: orderId }, select: orderSelect });

const needsDriver = (order: OrderRow) =>
  order.channel !== "TABLE" &&
  order.driverId === null &&
  order.deliveryLat !== null &&
  (DISPATCHABLE_STATUSES as readonly OrderStatus[]).includes(order.status) &&
  !order.offers.some((o) => o.status === "PENDING");

type OfferAttempt = { ok: true; offer: Offer } | { ok: false; reason: "order_settled" | "driver_taken" };

async function offerTo(order: OrderRow, candidate: ScoredCandidate, now: Date): Promise<OfferAttempt> {
  const dropoff = { lat: order.deliveryLat!, lng: order.deliveryLng! };
  try {
    return await prisma.$transaction(async (tx) => {
      // Share-locks: a cancellation or the driver going offline waits for this offer to
      // commit (and then withdraws it), or it committed first and is seen here.
      const [orderNow] = await tx.$queryRaw<{ status: OrderStatus; driver_id: string | null }[]>`
        SELECT status, driver_id FROM orders WHERE id = ${order.id}::uuid FOR SHARE`;
      if (!orderNow || orderNow.driver_id || !(DISPATCHABLE_STATUSES as readonly OrderStatus[]).includes(orderNow.status)) {
        return { ok: false, reason: "order_settled" } as const;
      }
      const [driverNow] = await tx.$queryRaw<{ status: string }[]>`
        SELECT status::text FROM drivers WHERE id = ${candidate.driverId}::uuid FOR SHARE`;
      if (driverNow?.status !== "AVAILABLE") return { ok: false, reason: "driver_taken" } as const;
      const row = await tx.deliveryOffer.create({
        data: {
          orderId: order.id,
          driverId: candidate.driverId,
          score: candidate.score,
          pickupEtaSeconds: candidate.pickupEtaSeconds,
          distanceMeters: Math.round(candidate.distanceMeters),
          payoutCents: driverPayoutCents({ driver: candidate, restaurant: order.restaurant, dropoff, tipCents: order.tipCents }),
          offeredAt: now,
          expiresAt: new Date(now.getTime() + env.DISPATCH_OFFER_SECONDS * 1000),
        },
        select: offerSelect,
      });
      const offer = toOffer(row);
      await publishDispatchEvent(tx, { type: "offer:new", driverId: candidate.driverId, offer });
      return { ok: true, offer } as const;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Which index refused: another dispatcher offered this order, or this driver got another order.
    const pending = await prisma.deliveryOffer.count({ where: { orderId: order.id, status: "PENDING" } });
    return { ok: false, reason: pending > 0 ? "order_settled" : "driver_taken" };
  }
}

export async function dispatchOrder(orderId: string, now = new Date()): Promise<DispatchOutcome> {
  const order = await loadOrder(orderId);
  if (!order || !needsDriver(order)) return { kind: "settled" };
  const { restaurant } = order;
  const candidates = await listCandidateDrivers(restaurant, {
    radiusMeters: env.DISPATCH_RADIUS_METERS,
    exclude: new Set(order.offers.map((o) => o.driverId)),
    limit: CANDIDATES,
    now,
  });
  const prepRemainingSeconds = order.status === "READY" || !order.readyAt ? 0 : Math.max(0, (order.readyAt.getTime() - now.getTime()) / 1000);
  const plan = planOffer(scoreCandidates(candidates, { restaurant, prepRemainingSeconds, now, hour: localHour(now, restaurant.timeZone) }));
  if (plan.kind === "none") return { kind: "no_driver" };
  if (plan.kind === "defer") return { kind: "deferred", seconds: plan.seconds };
  for (const candidate of plan.ranked) {
    const attempt = await offerTo(order, candidate, now);
    if (attempt.ok) return { kind: "offered", offer: attempt.offer, driverId: candidate.driverId };
    if (attempt.reason === "order_settled") return { kind: "settled" };
  }
  return { kind: "no_driver" };
}
