// PATCH  /api/v1/restaurants/{id}/menu/categories/{categoryId} – {"name": "…"}: rename.
// DELETE /api/v1/restaurants/{id}/menu/categories/{categoryId} – archive it and its items.
import { NextResponse } from "next/server";
import { protectedRoute, readJson } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { archiveCategory } from "@/lib/menu/archive-category";
import { renameCategory } from "@/lib/menu/rename-category";

type Params = { id: string; categoryId: string };

export const PATCH = protectedRoute<Params>(SURFACE_ROLES.kitchen, async ({ req, params, actor }) =>
  NextResponse.json(await renameCategory(actor, params.id, params.categoryId, await readJson(req))),
);

export const DELETE = protectedRoute<Params>(SURFACE_ROLES.kitchen, async ({ params, actor }) =>
  NextResponse.json(await archiveCategory(actor, params.id, params.categoryId)),
);
