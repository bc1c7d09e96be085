// POST /api/v1/driver/location – GPS points of the signed-in driver, for clients without a
// socket: one point or `{ points: [...] }` (a buffered batch, oldest first, at most 100).
// Answers how many were accepted, dropped by the 3 s throttle, or rejected as anomalies.
// Points sent here are stored but not forwarded to customers (the web process holds no
// sockets); the live view comes from drivers on the socket (`driver:location`).
import { NextResponse } from "next/server";
import { protectedRoute, readJson } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { locationUploadSchema } from "@/lib/tracking/schemas";
import { ingestPositions } from "@/lib/tracking/ingest-position";

export const POST = protectedRoute(SURFACE_ROLES.driver, async ({ req, actor }) => {
  const points = locationUploadSchema.parse(await readJson(req));
  const { accepted, dropped, anomalies } = await ingestPositions(actor, points);
  return NextResponse.json({ accepted, dropped, anomalies });
});
