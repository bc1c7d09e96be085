// GET /api/v1/restaurants/{id}/menu – outlet status, categories, items with live availability.
import { NextResponse } from "next/server";
import { z } from "zod";
import { publicRoute } from "@/lib/api/handler";
import { getMenu } from "@/lib/catalog/get-menu";

export const GET = publicRoute<{ id: string }>(async ({ params }) => {
  const menu = await getMenu(z.uuid().parse(params.id));
  return NextResponse.json(menu, { headers: { "Menu-Version": String(menu.restaurant.menuVersion), "Cache-Control": "no-store" } });
});
