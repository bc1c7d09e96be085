// POST /api/v1/incidents/{id}/resolve – close an incident by hand; optional body { note }.
import { NextResponse } from "next/server";
import { protectedRoute, readJson } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { resolveIncident } from "@/lib/monitoring/resolve-incident";

export const POST = protectedRoute<{ id: string }>(SURFACE_ROLES.admin, async ({ req, actor, params }) => {
  // The body is optional: an empty POST resolves without a note.
  const body = req.headers.get("content-length") === "0" || !req.body ? {} : await readJson(req);
  return NextResponse.json({ incident: await resolveIncident(actor, params.id, body) });
});
