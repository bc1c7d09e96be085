// GET /api/v1/chains/{id}/outlets/status – every outlet's expected vs. observed state, listings and open incidents.
import { NextResponse } from "next/server";
import { protectedRoute } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { getChainOutletStatus } from "@/lib/monitoring/get-chain-outlet-status";

export const GET = protectedRoute<{ id: string }>(SURFACE_ROLES.admin, async ({ actor, params }) =>
  NextResponse.json(await getChainOutletStatus(actor, params.id), { headers: { "Cache-Control": "no-store" } }),
);
