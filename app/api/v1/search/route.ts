// GET /api/v1/search?q=&lat=&lng=&limit= – public search over restaurants and dishes.
import { NextResponse } from "next/server";
import { publicRoute } from "@/lib/api/handler";
import { clientAddress } from "@/lib/http/client-address";
import { searchCatalog } from "@/lib/catalog/search-catalog";
import { enforceRateLimit } from "@/lib/ratelimit/rate-limit";
import { SEARCH_PER_IP } from "@/lib/ratelimit/rules";

export const GET = publicRoute(async ({ req }) => {
  await enforceRateLimit(`search:${clientAddress(req.headers)}`, SEARCH_PER_IP);
  return NextResponse.json(await searchCatalog(Object.fromEntries(req.nextUrl.searchParams)));
});
