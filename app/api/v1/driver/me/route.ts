// GET /api/v1/driver/me – the signed-in driver's profile.
import { NextResponse } from "next/server";
import { protectedRoute } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { getDriverProfile } from "@/lib/dispatch/get-driver-profile";

export const GET = protectedRoute(SURFACE_ROLES.driver, async ({ actor }) =>
  NextResponse.json({ driver: await getDriverProfile(actor) }),
);
