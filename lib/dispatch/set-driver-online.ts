// A driver starts or ends their shift. Online: AVAILABLE for offers (idle since now, for
// fairness). Offline: refused while they hold a job (409); an offer they were looking at is
// declined and its order goes to the next driver. Both are version-bumping conditional
// updates, so they settle cleanly against a concurrent accept.
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/api/errors";
import type { Actor } from "@/lib/auth/actor";
import { requireDriver } from "@/lib/dispatch/require-driver";
import { wakeDispatcher } from "@/lib/dispatch/dispatch-events";
import { JOB_STATUSES } from "@/lib/dispatch/get-driver-job";
import { getDriverProfile } from "@/lib/dispatch/get-driver-profile";

const holdingJob = () => new AppError(409, "Finish your delivery before going offline", "job_in_progress");

export async function setDriverOnline(actor: Actor, online: boolean, now = new Date()) {
  const driver = await requireDriver(actor);
  if (online) {
    await prisma.driver.updateMany({
      where: { id: driver.id, status: "OFFLINE" },
      data: { status: "AVAILABLE", availableSince: now, version: { increment: 1 } },
    });
  } else {
    if (driver.status === "ON_DELIVERY") throw holdingJob();
    await prisma.$transaction(async (tx) => {
      const { count } = await tx.driver.updateMany({
        where: { id: driver.id, status: "AVAILABLE", orders: { none: { status: { in: [...JOB_STATUSES] } } } },
        data: { status: "OFFLINE", version: { increment: 1 } },
      });
      if (count === 0) {
        const current = await tx.driver.findUniqueOrThrow({ where: { id: driver.id }, select: { status: true } });
        if (current.status !== "OFFLINE") throw holdingJob();
        return;
      }
      const open = await tx.deliveryOffer.findMany({ where: { driverId: driver.id, status: "PENDING" }, select: { id: true, orderId: true } });
      await tx.deliveryOffer.updateMany({ where: { id: { in: open.map((o) => o.id) } }, data: { status: "DECLINED", respondedAt: now } });
      for (const offer of open) await wakeDispatcher(tx, offer.orderId);
    });
  }
  return getDriverProfile(actor);
}
