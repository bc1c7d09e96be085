// PUT /api/v1/items/{id}/availability – {"available": false} takes the item off the menu
// ("86"), {"available": true} puts it back; {"quantity": 12, "version": 3} sets its count.
import { NextResponse } from "next/server";
import { protectedRoute, readJson } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { setInventory } from "@/lib/availability/set-inventory";
import { setItemAvailability } from "@/lib/availability/set-item-availability";

export const PUT = protectedRoute<{ id: string }>(SURFACE_ROLES.kitchen, async ({ req, params, actor }) => {
  const body = await readJson(req);
  const isStockSwitch = typeof body === "object" && body !== null && "available" in body;
  const item = isStockSwitch ? await setItemAvailability(actor, params.id, body) : await setInventory(actor, params.id, body);
  return NextResponse.json({ item });
});
