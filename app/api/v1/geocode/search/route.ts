// GET /api/v1/geocode/search?q=&lat=&lng= – public address autocomplete: up to 6 addresses.
import { anonymousRoute } from "@/lib/api/handler";
import { cacheableJson } from "@/lib/http/cacheable-json";
import { clientAddress } from "@/lib/http/client-address";
import { searchAddresses } from "@/lib/geo/search-addresses";
import { enforceRateLimit } from "@/lib/ratelimit/rate-limit";
import { GEOCODE_PER_IP } from "@/lib/ratelimit/rules";

export const GET = anonymousRoute(async ({ req }) => {
  await enforceRateLimit(`geocode:${clientAddress(req.headers)}`, GEOCODE_PER_IP);
  return cacheableJson(req, JSON.stringify(await searchAddresses(Object.fromEntries(req.nextUrl.searchParams))));
});
