// GET  /api/v1/restaurants/{id}/menu/option-groups – the outlet's option groups as staff edit them.
// POST /api/v1/restaurants/{id}/menu/option-groups – {"name", "minSelect", "maxSelect", "options"?}: a new group.
import { NextResponse } from "next/server";
import { protectedRoute, readJson } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { createOptionGroup } from "@/lib/menu/create-option-group";
import { listOptionGroups } from "@/lib/menu/list-option-groups";

export const GET = protectedRoute<{ id: string }>(SURFACE_ROLES.kitchen, async ({ params, actor }) =>
  NextResponse.json(await listOptionGroups(actor, params.id), { headers: { "Cache-Control": "no-store" } }),
);

export const POST = protectedRoute<{ id: string }>(SURFACE_ROLES.kitchen, async ({ req, params, actor }) =>
  NextResponse.json(await createOptionGroup(actor, params.id, await readJson(req)), { status: 201 }),
);
