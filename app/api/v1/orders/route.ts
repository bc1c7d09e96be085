// GET  /api/v1/orders – the signed-in customer's orders.
// POST /api/v1/orders – place an order: a signed-in customer (session cookie, Idempotency-Key
//      header) or a table tablet (`Authorization: Bearer <table token>`, seed 004 contract).
import { NextResponse } from "next/server";
import { protectedRoute, publicRoute, readJson } from "@/lib/api/handler";
import { AppError, unauthorized } from "@/lib/errors/app-error";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { listCustomerOrders } from "@/lib/orders/list-customer-orders";
import { placeOrder } from "@/lib/orders/place-order";
import { placeTableOrder } from "@/lib/orders/place-table-order";
import { bearerToken } from "@/lib/http/bearer-token";
import { clientAddress } from "@/lib/http/client-address";
import { enforceRateLimit } from "@/lib/ratelimit/rate-limit";
import { ORDERS_PER_IP } from "@/lib/ratelimit/rules";
import { getPaymentProvider } from "@/lib/payments/get-payment-provider";

export const GET = protectedRoute(SURFACE_ROLES.orders, async ({ actor }) =>
  NextResponse.json({ orders: await listCustomerOrders(actor) }),
);

const replayHeaders = (replayed: boolean) => (replayed ? { "Idempotent-Replayed": "true" } : undefined);

export const POST = publicRoute(async ({ req, actor }) => {
  // Counted per idempotency key, so a retried order is not a second hit.
  const key = req.headers.get("idempotency-key") ?? undefined;
  await enforceRateLimit(`orders:ip:${clientAddress(req.headers)}`, ORDERS_PER_IP, "Too many orders from this address; wait a moment", key);
  const token = bearerToken(req.headers);
  if (token !== undefined) {
    const body = await readJson(req).catch(() => {
      throw new AppError(400, "Invalid item");
    });
    const { order, created } = await placeTableOrder(token, body);
    return NextResponse.json({ order_id: order.id, status: "received" }, { status: 201, headers: replayHeaders(!created) });
  }
  if (!actor) throw unauthorized();
  const { order, replayed } = await placeOrder(actor, await readJson(req), req.headers.get("idempotency-key"), getPaymentProvider());
  return NextResponse.json({ order }, { status: 201, headers: replayHeaders(replayed) });
});
