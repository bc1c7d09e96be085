// PUT /api/v1/restaurants/{id}/menu/items/order – {"category_id": id | null, "ids": [its live items, in order]}.
import { NextResponse } from "next/server";
import { protectedRoute, readJson } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { reorderItems } from "@/lib/menu/reorder-items";

export const PUT = protectedRoute<{ id: string }>(SURFACE_ROLES.kitchen, async ({ req, params, actor }) =>
  NextResponse.json(await reorderItems(actor, params.id, await readJson(req))),
);
