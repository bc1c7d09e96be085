// A driver starts or ends their shift. Online: AVAILABLE for offers (idle since now, for
// fairness). Offline: refused while they hold a job (409); an offer they were looking at is
// declined and its order goes to the next driver. Both are version-bumping conditional
// updates, so they settle cleanly against a concurrent accept, which locks the offer before
// the driver: going offline does the same, so the two wait for each other, never deadlock.
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/auth/actor";
import { retryOnConflict } from "@/lib/db/retry-on-conflict";
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
    await retryOnConflict(() =>
      prisma.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT id FROM delivery_offers WHERE driver_id = ${driver.id}::uuid AND status = 'PENDING' FOR UPDATE`;
        const { count } = await tx.driver.updateMany({
          where: { id: driver.id, status: "AVAILABLE", orders: { none: { status: { in: [...JOB_STATUSES] } } } },
          data: { status: "OFFLINE", version: { increment: 1 } },
        });
        if (count === 0) {
          const current = await tx.driver.findUniqueOrThrow({ where: { id: driver.id }, select: { status: true } });
          if (current.status !== "OFFLINE") throw holdingJob();
          return;
        }
        // Read after the driver row: also an offer made while this waited for it.
        const declined = await tx.$queryRaw<{ order_id: string }[]>`
          UPDATE delivery_offers SET status = 'DECLINED', responded_at = ${now}
          WHERE driver_id = ${driver.id}::uuid AND status = 'PENDING' RETURNING order_id::text`;
        for (const offer of declined) await wakeDispatcher(tx, offer.order_id);
      }),
    );
  }
  return getDriverProfile(actor);
}
