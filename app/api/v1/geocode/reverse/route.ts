// GET /api/v1/geocode/reverse?lat=&lng= – public: the address at a point, or null.
import { anonymousRoute } from "@/lib/api/handler";
import { cacheableJson } from "@/lib/http/cacheable-json";
import { clientAddress } from "@/lib/http/client-address";
import { reverseGeocode } from "@/lib/geo/reverse-geocode";
import { enforceRateLimit } from "@/lib/ratelimit/rate-limit";
import { GEOCODE_PER_IP } from "@/lib/ratelimit/rules";

export const GET = anonymousRoute(async ({ req }) => {
  await enforceRateLimit(`geocode:${clientAddress(req.headers)}`, GEOCODE_PER_IP);
  return cacheableJson(req, JSON.stringify(await reverseGeocode(Object.fromEntries(req.nextUrl.searchParams))));
});
