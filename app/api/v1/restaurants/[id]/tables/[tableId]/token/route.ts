// POST /api/v1/restaurants/{id}/tables/{tableId}/token – rotate the table's token (old link dies).
import { NextResponse } from "next/server";
import { protectedRoute } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { rotateTableToken } from "@/lib/tables/rotate-table-token";

export const POST = protectedRoute<{ id: string; tableId: string }>(SURFACE_ROLES.kitchen, async ({ params, actor }) =>
  NextResponse.json({ table: await rotateTableToken(actor, params.id, params.tableId) }),
);
