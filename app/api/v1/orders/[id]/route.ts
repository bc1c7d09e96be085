// GET /api/v1/orders/{id} – one of the customer's own orders with its timeline (404 for others').
import { NextResponse } from "next/server";
import { z } from "zod";
import { protectedRoute } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { getCustomerOrder } from "@/lib/orders/get-customer-order";

export const GET = protectedRoute<{ id: string }>(SURFACE_ROLES.orders, async ({ actor, params }) =>
  NextResponse.json({ order: await getCustomerOrder(actor, z.uuid().parse(params.id)) }),
);
