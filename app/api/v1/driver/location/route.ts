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
import { forwardPosition } from "@/lib/tracking/forward-position";

export const POST = protectedRoute(SURFACE_ROLES.driver, async ({ req, actor }) => {
  const points = locationUploadSchema.parse(await readJson(req));
  const { accepted, dropped, anomalies, forward } = await ingestPositions(actor, points);
  if (forward) await forwardPosition(forward);
  return NextResponse.json({ accepted, dropped, anomalies });
});
