// GET /api/v1/restaurants/{id}/availability – the kitchen's availability board.
// PUT /api/v1/restaurants/{id}/availability – open, busy (+minutes), pause (reason, until) or close.
import { NextResponse } from "next/server";
import { protectedRoute, readJson } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { getAvailabilityBoard } from "@/lib/availability/get-availability-board";
import { setOutletStatus } from "@/lib/availability/set-outlet-status";

export const GET = protectedRoute<{ id: string }>(SURFACE_ROLES.kitchen, async ({ params, actor }) =>
  NextResponse.json(await getAvailabilityBoard(actor, params.id), { headers: { "Cache-Control": "no-store" } }),
);

export const PUT = protectedRoute<{ id: string }>(SURFACE_ROLES.kitchen, async ({ req, params, actor }) =>
  NextResponse.json({ restaurant: await setOutletStatus(actor, params.id, await readJson(req)) }),
);
