// GET /api/v1/restaurants – public catalog: near a point (lat, lng), filtered, sorted, paginated.
import { anonymousRoute } from "@/lib/api/handler";
import { listRestaurants } from "@/lib/catalog/list-restaurants";
import { cacheableJson } from "@/lib/http/cacheable-json";

export const GET = anonymousRoute(async ({ req }) => {
  const params = req.nextUrl.searchParams;
  // cuisine and diet may repeat (?cuisine=thai&cuisine=indian); fromEntries would keep the last.
  const query = { ...Object.fromEntries(params), cuisine: params.getAll("cuisine"), diet: params.getAll("diet") };
  return cacheableJson(req, JSON.stringify(await listRestaurants(query)));
});
