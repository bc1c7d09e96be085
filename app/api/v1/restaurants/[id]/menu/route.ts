// GET /api/v1/restaurants/{id}/menu – outlet status, categories, items with live availability.
// A hot read: anonymous, the cached menu sent as stored, ETag/304 and one second of shared caching.
import { z } from "zod";
import { anonymousRoute } from "@/lib/api/handler";
import { getMenuJson } from "@/lib/catalog/get-menu";
import { cacheableJson } from "@/lib/http/cacheable-json";

export const GET = anonymousRoute<{ id: string }>(async ({ req, params }) => {
  const menu = await getMenuJson(z.uuid().parse(params.id));
  return cacheableJson(req, menu.body, { etag: menu.etag, headers: { "Menu-Version": String(menu.menuVersion) } });
});
