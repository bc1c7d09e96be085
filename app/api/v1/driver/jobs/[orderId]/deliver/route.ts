// POST /api/v1/driver/jobs/{orderId}/deliver – `{ code: "1234" }`, the code the customer
// shows: DELIVERED and the driver is free again. Wrong code → 400 wrong_delivery_code,
// nothing written; too many wrong codes → 429. Answers `{ job }`.
import { NextResponse } from "next/server";
import { protectedRoute, readJson } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { deliverOrder } from "@/lib/dispatch/deliver-order";

export const POST = protectedRoute<{ orderId: string }>(SURFACE_ROLES.driver, async ({ req, actor, params }) =>
  NextResponse.json({ job: await deliverOrder(actor, params.orderId, await readJson(req)) }),
);
