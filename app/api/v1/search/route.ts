// GET /api/v1/search?q=&lat=&lng=&limit= – public search over restaurants and dishes.
import { anonymousRoute } from "@/lib/api/handler";
import { cacheableJson } from "@/lib/http/cacheable-json";
import { clientAddress } from "@/lib/http/client-address";
import { searchCatalog } from "@/lib/catalog/search-catalog";
import { enforceRateLimit } from "@/lib/ratelimit/rate-limit";
import { SEARCH_PER_IP } from "@/lib/ratelimit/rules";

export const GET = anonymousRoute(async ({ req }) => {
  await enforceRateLimit(`search:${clientAddress(req.headers)}`, SEARCH_PER_IP);
  return cacheableJson(req, JSON.stringify(await searchCatalog(Object.fromEntries(req.nextUrl.searchParams))));
});
