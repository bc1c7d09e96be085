// GET /api/v1/table-orders?ids=<uuid>,<uuid> – a table tablet (`Authorization: Bearer <table
//     token>`) reads the status of the orders it sent. Additive to the seed-004 contract, whose
//     routes stay as they are.
import { NextResponse } from "next/server";
import { anonymousRoute } from "@/lib/api/handler";
import { unauthorized } from "@/lib/errors/app-error";
import { bearerToken } from "@/lib/http/bearer-token";
import { listTableOrders } from "@/lib/orders/list-table-orders";
import { tableOrderIdsSchema } from "@/lib/orders/table-order-ids";

export const GET = anonymousRoute(async ({ req }) => {
  const token = bearerToken(req.headers);
  if (token === undefined) throw unauthorized();
  const orderIds = tableOrderIdsSchema.parse((req.nextUrl.searchParams.get("ids") ?? "").split(",").filter(Boolean));
  return NextResponse.json({ orders: await listTableOrders({ token, orderIds }) }, { headers: { "cache-control": "no-store" } });
});
