// POST /api/v1/restaurants/{id}/menu/option-groups/{groupId}/options – {"name", "priceDeltaCents", …}: a new option, last.
import { NextResponse } from "next/server";
import { protectedRoute, readJson } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { createOption } from "@/lib/menu/create-option";

export const POST = protectedRoute<{ id: string; groupId: string }>(SURFACE_ROLES.kitchen, async ({ req, params, actor }) =>
  NextResponse.json(await createOption(actor, params.id, params.groupId, await readJson(req)), { status: 201 }),
);
