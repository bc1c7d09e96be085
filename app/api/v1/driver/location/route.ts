// POST /api/v1/driver/location – GPS points of the signed-in driver, for clients without a
// socket: one point or `{ points: [...] }` (a buffered batch, oldest first, at most 100).
// Answers how many were accepted, dropped by the 3 s throttle, or rejected as anomalies.
// The newest point a customer may see goes to them through the realtime servers (NOTIFY),
// as points sent on the socket (`driver:location`) do.
import { NextResponse } from "next/server";
import { protectedRoute, readJson } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { locationUploadSchema } from "@/lib/tracking/schemas";
import { ingestPositions } from "@/lib/tracking/ingest-position";
import { prisma } from "@/lib/db/client";
import { publishDispatchEvent } from "@/lib/dispatch/dispatch-events";

export const POST = protectedRoute(SURFACE_ROLES.driver, async ({ req, actor }) => {
  const points = locationUploadSchema.parse(await readJson(req));
  const { accepted, dropped, anomalies, forward } = await ingestPositions(actor, points);
  if (forward) await publishDispatchEvent(prisma, { type: "driver:position", userId: forward.customerId, message: forward.message });
  return NextResponse.json({ accepted, dropped, anomalies });
});
