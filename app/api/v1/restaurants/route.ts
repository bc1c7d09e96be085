// GET /api/v1/restaurants – public catalog, paginated.
import { NextResponse } from "next/server";
import { publicRoute } from "@/lib/api/handler";
import { listRestaurants } from "@/lib/catalog/list-restaurants";

export const GET = publicRoute(async ({ req }) =>
  NextResponse.json(await listRestaurants(Object.fromEntries(req.nextUrl.searchParams))),
);
