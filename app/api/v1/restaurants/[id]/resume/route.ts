// POST /api/v1/restaurants/{id}/resume – a chain admin reopens an outlet remotely (409 on the third time within an hour).
import { NextResponse } from "next/server";
import { protectedRoute } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { resumeOutletFromAdmin } from "@/lib/monitoring/resume-outlet-from-admin";

export const POST = protectedRoute<{ id: string }>(SURFACE_ROLES.admin, async ({ actor, params }) =>
  NextResponse.json({ restaurant: await resumeOutletFromAdmin(actor, params.id) }),
);
