// GET /api/v1/driver/me – the signed-in driver: profile, open offer, current job, today's
// deliveries and earnings (what the driver app redraws from after a reconnect).
import { NextResponse } from "next/server";
import { protectedRoute } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { getDriverHome } from "@/lib/dispatch/get-driver-home";

export const GET = protectedRoute(SURFACE_ROLES.driver, async ({ actor }) => NextResponse.json(await getDriverHome(actor)));
