// GET /api/v1/chains/{id}/reports?from=YYYY-MM-DD&to=YYYY-MM-DD&granularity=day|week – uptime,
// best/worst outlets, MTTA/MTTR and estimated lost sales (chain admins: own chain only).
import { NextResponse } from "next/server";
import { protectedRoute } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { reportForRequest } from "@/lib/monitoring/reports/read-report-request";

export const GET = protectedRoute<{ id: string }>(SURFACE_ROLES.admin, async ({ req, params, actor }) =>
  NextResponse.json(await reportForRequest(actor, params.id, req), { headers: { "Cache-Control": "no-store" } }),
);
