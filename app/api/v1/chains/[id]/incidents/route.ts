// GET /api/v1/chains/{id}/incidents?state=open|acknowledged|resolved|all&restaurantId=&limit= – newest first.
import { NextResponse } from "next/server";
import { protectedRoute } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { listChainIncidents } from "@/lib/monitoring/list-chain-incidents";

export const GET = protectedRoute<{ id: string }>(SURFACE_ROLES.admin, async ({ req, actor, params }) =>
  NextResponse.json(
    { incidents: await listChainIncidents(actor, params.id, Object.fromEntries(req.nextUrl.searchParams)) },
    { headers: { "Cache-Control": "no-store" } },
  ),
);
