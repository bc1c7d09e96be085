// GET  /api/v1/restaurants/{id}/tables – the outlet (id, name) and its tables with their tokens.
// POST /api/v1/restaurants/{id}/tables – {"number": "T12", "seats": 4}: add a table.
import { NextResponse } from "next/server";
import { protectedRoute, readJson } from "@/lib/api/handler";
import { SURFACE_ROLES } from "@/lib/auth/actor";
import { createTable } from "@/lib/tables/create-table";
import { listTables } from "@/lib/tables/list-tables";

export const GET = protectedRoute<{ id: string }>(SURFACE_ROLES.kitchen, async ({ params, actor }) =>
  NextResponse.json(await listTables(actor, params.id), { headers: { "Cache-Control": "no-store" } }),
);

export const POST = protectedRoute<{ id: string }>(SURFACE_ROLES.kitchen, async ({ req, params, actor }) =>
  NextResponse.json({ table: await createTable(actor, params.id, await readJson(req)) }, { status: 201 }),
);
