// POST /api/v1/driver/jobs/{orderId}/pickup – the driver has the food (the order must be
// READY and theirs: 409 / 404 otherwise). Answers `{ job }`.
import { NextResponse } from "next/server";
import { protectedRoute } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { pickUpOrder } from "@/lib/dispatch/pick-up-order";

export const POST = protectedRoute<{ orderId: string }>(SURFACE_ROLES.driver, async ({ actor, params }) =>
  NextResponse.json({ job: await pickUpOrder(actor, params.orderId) }),
);
