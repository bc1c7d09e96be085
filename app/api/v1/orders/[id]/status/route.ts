// POST /api/v1/orders/{id}/status – the kitchen moves an order along:
//   {"status":"ACCEPTED","prep_minutes":15} | {"status":"REJECTED","reason":"…"} |
//   {"status":"PREPARING"} | {"status":"READY"} | {"status":"DELIVERED"} (dine-in served).
// 403 for another outlet's order, 409 for a move the order's state does not allow.
import { NextResponse } from "next/server";
import { protectedRoute, readJson } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { updateOrderStatus } from "@/lib/kitchen/update-order-status";
import { getPaymentProvider } from "@/lib/payments/get-payment-provider";

export const POST = protectedRoute<{ id: string }>(SURFACE_ROLES.kitchen, async ({ req, params, actor }) =>
  NextResponse.json({ order: await updateOrderStatus(actor, params.id, await readJson(req), getPaymentProvider()) }),
);
