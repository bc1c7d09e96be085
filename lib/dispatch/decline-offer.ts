// A driver turns an offer down: it closes, and the worker is woken (on commit) to offer the
// order to the next driver at once rather than when the offer would have timed out.
import { prisma } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/auth/actor";
import { requireDriver } from "@/lib/dispatch/require-driver";
import { wakeDispatcher } from "@/lib/dispatch/dispatch-events";
import { offerIdSchema } from "@/lib/dispatch/schemas";

export async function declineOffer(actor: Actor, offerId: string, now = new Date()): Promise<void> {
  const id = offerIdSchema.parse(offerId);
  const driver = await requireDriver(actor);
  await prisma.$transaction(async (tx) => {
    const offer = await tx.deliveryOffer.findFirst({ where: { id, driverId: driver.id }, select: { orderId: true } });
    if (!offer) throw notFound("Offer");
    const { count } = await tx.deliveryOffer.updateMany({ where: { id, status: "PENDING" }, data: { status: "DECLINED", respondedAt: now } });
    if (count === 0) throw new AppError(409, "This offer is no longer open", "offer_closed");
    await wakeDispatcher(tx, offer.orderId);
  });
}
