// Offers nobody answered in time close as EXPIRED; their driver's screen drops them
// (`offer:withdrawn`). The worker runs it when an offer's time is up, and the sweep catches
// any whose job was lost. Returns the orders that now need another driver.
import { prisma } from "@/lib/db/client";
import { publishDispatchEvent } from "@/lib/dispatch/dispatch-events";

export async function expireOffers(where: { offerId?: string }, now = new Date()): Promise<string[]> {
  return prisma.$transaction(async (tx) => {
    const due = await tx.deliveryOffer.findMany({
      where: { id: where.offerId, status: "PENDING", expiresAt: { lte: now } },
      select: { id: true, orderId: true, driverId: true },
      take: 500,
    });
    if (due.length === 0) return [];
    await tx.deliveryOffer.updateMany({ where: { id: { in: due.map((o) => o.id) }, status: "PENDING" }, data: { status: "EXPIRED", respondedAt: now } });
    for (const offer of due) await publishDispatchEvent(tx, { type: "offer:withdrawn", driverId: offer.driverId, offerId: offer.id });
    return due.map((o) => o.orderId);
  });
}
