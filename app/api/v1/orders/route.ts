// GET /api/v1/orders – the signed-in customer's orders.
import { NextResponse } from "next/server";
import { protectedRoute } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { listCustomerOrders } from "@/lib/orders/list-customer-orders";

export const GET = protectedRoute(SURFACE_ROLES.orders, async ({ actor }) =>
  NextResponse.json({ orders: await listCustomerOrders(actor) }),
);
