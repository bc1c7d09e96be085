// POST /api/v1/orders/{id}/cancel – the customer cancels before the kitchen accepted; refunded.
import { NextResponse } from "next/server";
import { z } from "zod";
import { protectedRoute } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { getCustomerOrder } from "@/lib/orders/get-customer-order";
import { getPaymentProvider } from "@/lib/payments/get-payment-provider";

export const POST = protectedRoute<{ id: string }>(SURFACE_ROLES.orders, async ({ actor, params }) => {
  const orderId = z.uuid().parse(params.id);
  await cancelOrder(actor, orderId, getPaymentProvider());
  return NextResponse.json({ order: await getCustomerOrder(actor, orderId) });
});
