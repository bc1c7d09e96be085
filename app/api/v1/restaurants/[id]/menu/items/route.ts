// POST /api/v1/restaurants/{id}/menu/items – {"category_id", "name", "description"?, "price":
// "12.50" (euros), "tags"?, "prep_minutes"?, "kind"?}: a new item, last in its category.
import { NextResponse } from "next/server";
import { protectedRoute, readJson } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { createItem } from "@/lib/menu/create-item";

export const POST = protectedRoute<{ id: string }>(SURFACE_ROLES.kitchen, async ({ req, params, actor }) =>
  NextResponse.json(await createItem(actor, params.id, await readJson(req)), { status: 201 }),
);
