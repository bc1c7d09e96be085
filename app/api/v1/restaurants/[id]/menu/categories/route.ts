// GET  /api/v1/restaurants/{id}/menu/categories – the menu as staff edit it (every live category and item).
// POST /api/v1/restaurants/{id}/menu/categories – {"name": "…"}: a new category, last.
import { NextResponse } from "next/server";
import { protectedRoute, readJson } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { createCategory } from "@/lib/menu/create-category";
import { listEditableMenu } from "@/lib/menu/list-editable-menu";

export const GET = protectedRoute<{ id: string }>(SURFACE_ROLES.kitchen, async ({ params, actor }) =>
  NextResponse.json(await listEditableMenu(actor, params.id), { headers: { "Cache-Control": "no-store" } }),
);

export const POST = protectedRoute<{ id: string }>(SURFACE_ROLES.kitchen, async ({ req, params, actor }) =>
  NextResponse.json(await createCategory(actor, params.id, await readJson(req)), { status: 201 }),
);
