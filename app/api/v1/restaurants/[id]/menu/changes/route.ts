// GET /api/v1/restaurants/{id}/menu/changes – the menu log: who changed what, newest first.
import { NextResponse } from "next/server";
import { protectedRoute } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { listMenuChanges } from "@/lib/menu/list-menu-changes";

export const GET = protectedRoute<{ id: string }>(SURFACE_ROLES.kitchen, async ({ params, actor }) =>
  NextResponse.json({ changes: await listMenuChanges(actor, params.id) }, { headers: { "Cache-Control": "no-store" } }),
);
