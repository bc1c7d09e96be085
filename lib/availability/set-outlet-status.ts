// Staff open, pause (with an optional auto-resume time), slow down (busy: extra prep minutes)
// or close their outlet. PUT /api/v1/restaurants/{id}/availability and the kitchen screen.
import { AppError } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/auth/actor";
import { assertOutletStaff } from "@/lib/menu/assert-outlet-staff";
import { announceMenuVersion } from "@/lib/catalog/bump-menu-version";
import { publishLiveEvent } from "@/lib/events/publish-live-event";
import { changeMenu } from "@/lib/catalog/change-menu";
import { outletStatusSchema } from "@/lib/availability/schemas";
import type { AvailabilityKind, OutletStatus } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db/client";
import type { z } from "zod";

const REPORT_KIND: Record<OutletStatus, AvailabilityKind> = {
  OPEN: "OUTLET_OPENED",
  BUSY: "OUTLET_BUSY",
  PAUSED: "OUTLET_PAUSED",
  CLOSED: "OUTLET_CLOSED",
};

export async function setOutletStatus(actor: Actor, restaurantId: unknown, input: unknown) {
  const id = await assertOutletStaff(actor, restaurantId);
  return writeOutletStatus(actor, id, outletStatusSchema.parse(input));
}

/**
 * The status change itself, for callers that checked scope their own way (a chain admin's
 * remote resume). `beforeWrite` runs after the outlet's row is locked, so a rule it checks
 * (e.g. "at most two remote resumes an hour") holds under concurrency; `payload` is added
 * to the availability report.
 */
export async function writeOutletStatus(
  actor: Actor,
  id: string,
  body: z.output<typeof outletStatusSchema>,
  options: { beforeWrite?: (tx: Tx) => Promise<void>; payload?: Record<string, string | boolean> } = {},
) {
  const reason = body.reason ?? null;
  const until = "until" in body ? (body.until ?? null) : null;
  const extraMinutes = body.status === "BUSY" ? body.extra_minutes : 0;

  return changeMenu(id, async (tx) => {
    // The row lock orders concurrent status changes, so the report's "from" is the real one
    // (NO KEY: orders inserted meanwhile only key-share the row and need not wait).
    const [current] = await tx.$queryRaw<{ status: OutletStatus; version: number; chainId: string | null }[]>`
      SELECT declared_status::text AS status, version, chain_id AS "chainId" FROM restaurants WHERE id = ${id}::uuid FOR NO KEY UPDATE`;
    await options.beforeWrite?.(tx);
    if (body.version !== undefined && body.version !== current!.version) {
      throw new AppError(409, "The outlet's status changed meanwhile; reload and try again", "version_conflict", {
        currentVersion: current!.version,
      });
    }
    const updated = await tx.restaurant.update({
      where: { id },
      data: {
        declaredStatus: body.status,
        statusReason: reason,
        statusUntil: until,
        busyExtraMinutes: extraMinutes,
        version: { increment: 1 },
        menuVersion: { increment: 1 },
      },
      select: { declaredStatus: true, statusReason: true, statusUntil: true, busyExtraMinutes: true, version: true, menuVersion: true },
    });
    await tx.availabilityReport.create({
      data: {
        restaurantId: id,
        actorId: actor.userId,
        kind: REPORT_KIND[body.status],
        reason,
        until,
        payload: { from: current!.status, to: body.status, ...(body.status === "BUSY" && { extraMinutes }), ...options.payload },
      },
    });
    await announceMenuVersion(tx, { restaurantId: id, menuVersion: updated.menuVersion });
    // The chain's dashboards show the declared status: they hear of it now, not only when
    // monitoring next observes a change (which it may never: pause → open → pause quickly).
    if (current!.chainId) {
      await publishLiveEvent(
        tx,
        { chainId: current!.chainId, restaurantId: id },
        {
          type: "outlet.status",
          data: {
            restaurantId: id,
            declaredStatus: updated.declaredStatus,
            statusReason: updated.statusReason,
            statusUntil: updated.statusUntil?.toISOString() ?? null,
            busyExtraMinutes: updated.busyExtraMinutes,
            version: updated.version,
          },
        },
      );
    }
    return updated;
  });
}
