// PUT /api/v1/options/{id}/availability – {"available": false} takes the option off every item
// ("86"), {"available": true} puts it back; {"quantity": 8, "version": 3} sets its count.
import { NextResponse } from "next/server";
import { protectedRoute, readJson } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { setOptionAvailability } from "@/lib/availability/set-option-availability";
import { setOptionCount } from "@/lib/availability/set-option-count";

export const PUT = protectedRoute<{ id: string }>(SURFACE_ROLES.kitchen, async ({ req, params, actor }) => {
  const body = await readJson(req);
  const isStockSwitch = typeof body === "object" && body !== null && "available" in body;
  const option = isStockSwitch ? await setOptionAvailability(actor, params.id, body) : await setOptionCount(actor, params.id, body);
  return NextResponse.json({ option });
});
