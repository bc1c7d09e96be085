// GET /api/v1/kitchen/restaurants – the outlets the signed-in staff member works for.
import { NextResponse } from "next/server";
import { protectedRoute } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { listStaffRestaurants } from "@/lib/kitchen/list-staff-restaurants";

export const GET = protectedRoute(SURFACE_ROLES.kitchen, async ({ actor }) =>
  NextResponse.json({ restaurants: await listStaffRestaurants(actor) }),
);
