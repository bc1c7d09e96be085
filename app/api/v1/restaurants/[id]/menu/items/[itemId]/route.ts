// PATCH  /api/v1/restaurants/{id}/menu/items/{itemId} – change any of the item's fields (price in euros).
// DELETE /api/v1/restaurants/{id}/menu/items/{itemId} – archive the item.
import { NextResponse } from "next/server";
import { protectedRoute, readJson } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { archiveItem } from "@/lib/menu/archive-item";
import { updateItem } from "@/lib/menu/update-item";

type Params = { id: string; itemId: string };

export const PATCH = protectedRoute<Params>(SURFACE_ROLES.kitchen, async ({ req, params, actor }) =>
  NextResponse.json(await updateItem(actor, params.id, params.itemId, await readJson(req))),
);

export const DELETE = protectedRoute<Params>(SURFACE_ROLES.kitchen, async ({ params, actor }) =>
  NextResponse.json(await archiveItem(actor, params.id, params.itemId)),
);
