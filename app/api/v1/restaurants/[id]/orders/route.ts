// GET /api/v1/restaurants/{id}/orders?status=PAID,ACCEPTED – the outlet's order queue, for its
// staff (kitchen screen, POS, printers): active orders, recently finished ones, and the event
// cursor to follow changes from over Socket.IO.
import { NextResponse } from "next/server";
import { protectedRoute } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { listKitchenOrders } from "@/lib/kitchen/list-kitchen-orders";

export const GET = protectedRoute<{ id: string }>(SURFACE_ROLES.kitchen, async ({ req, params, actor }) =>
  NextResponse.json(await listKitchenOrders(actor, params.id, Object.fromEntries(req.nextUrl.searchParams)), {
    headers: { "Cache-Control": "no-store" },
  }),
);
