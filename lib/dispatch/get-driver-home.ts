// GET /api/v1/driver/me: everything the driver app needs to (re)draw itself: the profile,
// the open offer, the current job and today's figures. A reconnecting app reads it again
// rather than relying on socket messages it may have missed.
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { getDriverProfile } from "@/lib/dispatch/get-driver-profile";
import { getCurrentJob } from "@/lib/dispatch/get-driver-job";
import { getDriverToday } from "@/lib/dispatch/get-driver-today";
import { offerSelect, toOffer } from "@/lib/dispatch/views";
import { requireDriver } from "@/lib/dispatch/require-driver";

export async function getDriverHome(actor: Actor, now = new Date()) {
  const { id } = await requireDriver(actor);
  const [driver, offer, job, today] = await Promise.all([
    getDriverProfile(actor),
    prisma.deliveryOffer.findFirst({ where: { driverId: id, status: "PENDING", expiresAt: { gt: now } }, select: offerSelect }),
    getCurrentJob(id),
    getDriverToday(id, now),
  ]);
  return { driver, offer: offer ? toOffer(offer) : null, job, today };
}
