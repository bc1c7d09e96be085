// GET /api/v1/incidents/{id}/comments – an incident's comments, oldest first.
// POST /api/v1/incidents/{id}/comments – add one: { body }.
import { NextResponse } from "next/server";
import { protectedRoute, readJson } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { commentOnIncident } from "@/lib/monitoring/comment-on-incident";
import { listIncidentComments } from "@/lib/monitoring/list-incident-comments";

export const GET = protectedRoute<{ id: string }>(SURFACE_ROLES.admin, async ({ actor, params }) =>
  NextResponse.json({ comments: await listIncidentComments(actor, params.id) }, { headers: { "Cache-Control": "no-store" } }),
);

export const POST = protectedRoute<{ id: string }>(SURFACE_ROLES.admin, async ({ req, actor, params }) =>
  NextResponse.json({ comment: await commentOnIncident(actor, params.id, await readJson(req)) }, { status: 201 }),
);
