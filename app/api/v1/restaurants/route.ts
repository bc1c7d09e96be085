// GET /api/v1/restaurants – public catalog: near a point (lat, lng), filtered, sorted, paginated.
import { NextResponse } from "next/server";
import { publicRoute } from "@/lib/api/handler";
import { listRestaurants } from "@/lib/catalog/list-restaurants";

export const GET = publicRoute(async ({ req }) => {
  const params = req.nextUrl.searchParams;
  // cuisine and diet may repeat (?cuisine=thai&cuisine=indian); fromEntries would keep the last.
  const query = { ...Object.fromEntries(params), cuisine: params.getAll("cuisine"), diet: params.getAll("diet") };
  // The same for every caller: a shared cache in front (deploy/haproxy micro-cache) may answer
  // it for a few seconds (browsers, without max-age or a validator, ask again each time).
  return NextResponse.json(await listRestaurants(query), { headers: { "Cache-Control": "public, s-maxage=5" } });
});
