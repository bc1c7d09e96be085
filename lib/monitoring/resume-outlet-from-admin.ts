// A chain admin reopens a paused or closed outlet from the dashboard. It goes through the
// very code path staff use to open (same report, menu version, live menus), with the admin
// as the actor. An outlet that keeps going down should get a phone call, not a loop of
// remote resumes: the third remote resume of one outlet within an hour is refused (409).
// The count is taken after the outlet's row is locked, so two racing resumes cannot both
// slip under the limit.
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { writeOutletStatus } from "@/lib/availability/set-outlet-status";
import { assertOutletOfChain } from "@/lib/monitoring/assert-chain-access";

export const MAX_REMOTE_RESUMES_PER_HOUR = 2;
const HOUR_MS = 3_600_000;

export async function resumeOutletFromAdmin(actor: Actor, restaurantId: unknown) {
  const { id } = await assertOutletOfChain(actor, restaurantId);
  return writeOutletStatus(
    actor,
    id,
    { status: "OPEN", reason: "Resumed remotely by a chain admin" },
    {
      payload: { remote: true },
      async beforeWrite(tx) {
        const recent = await tx.availabilityReport.count({
          where: { restaurantId: id, kind: "OUTLET_OPENED", createdAt: { gt: new Date(Date.now() - HOUR_MS) }, payload: { path: ["remote"], equals: true } },
        });
        if (recent >= MAX_REMOTE_RESUMES_PER_HOUR) {
          throw new AppError(409, "This outlet was already resumed remotely twice in the last hour; call the outlet instead", "resume_limit", {
            limit: MAX_REMOTE_RESUMES_PER_HOUR,
          });
        }
      },
    },
  );
}
