// Raw baseline for the menu read in `npm run bench -- compare`: the same work as
// GET /api/v1/restaurants/{id}/menu without Next.js — a bare node:http server calling the
// same domain function (one Redis GET through ioredis; the stored categories text sent as
// is, the restaurant part and its open/closed state computed per request), with the same
// headers (security headers, ETag, Cache-Control, Menu-Version) and the same 304.
// Run: BASELINE_PORT, DATABASE_URL, REDIS_URL (a miss loads from the database, as the app does).
import http from "node:http";
import { getMenuJson } from "@/lib/catalog/get-menu";
import { ifNoneMatchHolds, PUBLIC_READ_CACHE_CONTROL } from "@/lib/http/cacheable-json";
import { securityHeaders } from "@/lib/http/security-headers";

const port = Number(process.env.BASELINE_PORT);
const MENU_PATH = /^\/api\/v1\/restaurants\/([0-9a-f-]{36})\/menu$/;

const server = http.createServer((req, res) => {
  const path = (req.url ?? "/").split("?")[0]!;
  const headers: Record<string, string> = securityHeaders({ path, realtimeUrl: `http://127.0.0.1:${port + 1}`, secure: false, dev: false });
  if (path === "/health") return void res.writeHead(200).end();
  const id = MENU_PATH.exec(path)?.[1];
  if (!id) return void res.writeHead(404, headers).end();
  getMenuJson(id).then(
    (menu) => {
      Object.assign(headers, { etag: menu.etag, "cache-control": PUBLIC_READ_CACHE_CONTROL, "menu-version": String(menu.menuVersion) });
      if (ifNoneMatchHolds(req.headers["if-none-match"] ?? null, menu.etag)) return void res.writeHead(304, headers).end();
      res.writeHead(200, { ...headers, "content-type": "application/json" }).end(menu.body);
    },
    () => void res.writeHead(500, headers).end(),
  );
});
server.listen(port);

process.once("SIGTERM", () => {
  setTimeout(() => process.exit(0), 2000).unref();
  server.close(() => process.exit(0));
});
