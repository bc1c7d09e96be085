// PUT /api/v1/restaurants/{id}/menu/categories/order – {"ids": [every live category, in the new order]}.
import { NextResponse } from "next/server";
import { protectedRoute, readJson } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { reorderCategories } from "@/lib/menu/reorder-categories";

export const PUT = protectedRoute<{ id: string }>(SURFACE_ROLES.kitchen, async ({ req, params, actor }) =>
  NextResponse.json(await reorderCategories(actor, params.id, await readJson(req))),
);
