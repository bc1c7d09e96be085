// PATCH  /api/v1/restaurants/{id}/menu/option-groups/{groupId}/options/{optionId} – change any of its fields.
// DELETE /api/v1/restaurants/{id}/menu/option-groups/{groupId}/options/{optionId} – archive it.
import { NextResponse } from "next/server";
import { protectedRoute, readJson } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { archiveOption } from "@/lib/menu/archive-option";
import { updateOption } from "@/lib/menu/update-option";

type Params = { id: string; groupId: string; optionId: string };

export const PATCH = protectedRoute<Params>(SURFACE_ROLES.kitchen, async ({ req, params, actor }) =>
  NextResponse.json(await updateOption(actor, params.id, params.groupId, params.optionId, await readJson(req))),
);

export const DELETE = protectedRoute<Params>(SURFACE_ROLES.kitchen, async ({ params, actor }) => {
  await archiveOption(actor, params.id, params.groupId, params.optionId);
  return new NextResponse(null, { status: 204 });
});
