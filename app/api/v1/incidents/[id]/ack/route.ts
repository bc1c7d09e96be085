// POST /api/v1/incidents/{id}/ack – take an incident on (stops its escalation reminder).
import { NextResponse } from "next/server";
import { protectedRoute } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { acknowledgeIncident } from "@/lib/monitoring/acknowledge-incident";

export const POST = protectedRoute<{ id: string }>(SURFACE_ROLES.admin, async ({ actor, params }) =>
  NextResponse.json({ incident: await acknowledgeIncident(actor, params.id) }),
);
