// PATCH  /api/v1/restaurants/{id}/menu/option-groups/{groupId} – any of name, minSelect, maxSelect.
// DELETE /api/v1/restaurants/{id}/menu/option-groups/{groupId} – archive it (off every item).
import { NextResponse } from "next/server";
import { protectedRoute, readJson } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { archiveOptionGroup } from "@/lib/menu/archive-option-group";
import { updateOptionGroup } from "@/lib/menu/update-option-group";

type Params = { id: string; groupId: string };

export const PATCH = protectedRoute<Params>(SURFACE_ROLES.kitchen, async ({ req, params, actor }) =>
  NextResponse.json(await updateOptionGroup(actor, params.id, params.groupId, await readJson(req))),
);

export const DELETE = protectedRoute<Params>(SURFACE_ROLES.kitchen, async ({ params, actor }) => {
  await archiveOptionGroup(actor, params.id, params.groupId);
  return new NextResponse(null, { status: 204 });
});
