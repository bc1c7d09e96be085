// GET /api/v1/search/suggest?q= – public autocomplete: up to 8 cuisines, restaurants, dishes.
import { anonymousRoute } from "@/lib/api/handler";
import { cacheableJson } from "@/lib/http/cacheable-json";
import { clientAddress } from "@/lib/http/client-address";
import { suggestCatalog } from "@/lib/catalog/suggest-catalog";
import { enforceRateLimit } from "@/lib/ratelimit/rate-limit";
import { SEARCH_PER_IP } from "@/lib/ratelimit/rules";

export const GET = anonymousRoute(async ({ req }) => {
  await enforceRateLimit(`search:${clientAddress(req.headers)}`, SEARCH_PER_IP);
  return cacheableJson(req, JSON.stringify(await suggestCatalog(Object.fromEntries(req.nextUrl.searchParams))));
});
