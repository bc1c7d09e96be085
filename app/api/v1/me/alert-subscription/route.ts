// GET /api/v1/me/alert-subscription – the signed-in admin's alert preferences (defaults when never saved).
// PUT /api/v1/me/alert-subscription – replace them.
import { NextResponse } from "next/server";
import { protectedRoute, readJson } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { getAlertSubscription } from "@/lib/monitoring/get-alert-subscription";
import { setAlertSubscription } from "@/lib/monitoring/set-alert-subscription";

export const GET = protectedRoute(SURFACE_ROLES.admin, async ({ actor }) =>
  NextResponse.json({ subscription: await getAlertSubscription(actor) }, { headers: { "Cache-Control": "no-store" } }),
);

export const PUT = protectedRoute(SURFACE_ROLES.admin, async ({ req, actor }) =>
  NextResponse.json({ subscription: await setAlertSubscription(actor, await readJson(req)) }),
);
