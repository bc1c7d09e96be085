// PUT /api/v1/restaurants/{id}/menu/items/{itemId}/option-groups – {"groupIds": [...]}: the
// groups the item offers, in order (replaces the list).
import { NextResponse } from "next/server";
import { protectedRoute, readJson } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { attachOptionGroups } from "@/lib/menu/attach-option-groups";

export const PUT = protectedRoute<{ id: string; itemId: string }>(SURFACE_ROLES.kitchen, async ({ req, params, actor }) =>
  NextResponse.json(await attachOptionGroups(actor, params.id, params.itemId, await readJson(req))),
);
