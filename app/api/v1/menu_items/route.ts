// GET /api/v1/menu_items?restaurant_id=… – seed 004: the menu a table tablet shows.
// The body is the contract's bare array; the menu version travels in `Menu-Version`.
import { NextResponse } from "next/server";
import { anonymousRoute } from "@/lib/api/handler";
import { listMenuItems } from "@/lib/catalog/list-menu-items";

export const GET = anonymousRoute(async ({ req }) => {
  const { menuVersion, items } = await listMenuItems(Object.fromEntries(req.nextUrl.searchParams));
  return NextResponse.json(items, { headers: { "Menu-Version": String(menuVersion), "Cache-Control": "no-store" } });
});
