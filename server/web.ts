// The web server: Next.js behind a plain Node HTTP server (the custom-server setup in the
// Next.js docs), because only here is the connection visible. Per request it resolves the
// client's address (TRUSTED_PROXIES, lib/http/client-address.ts) into a header Next.js
// cannot receive from the client, and sets the security headers. `npm start` runs it.
import http from "node:http";
import type { TLSSocket } from "node:tls";
import next from "next";
import { env } from "@/lib/env";
import { createLogger } from "@/lib/logger";
import { CLIENT_ADDRESS_HEADER, compileTrust, resolveClientAddress } from "@/lib/http/client-address";
import { keepIdleConnectionsAlive } from "@/lib/http/idle-keep-alive";
import { lingerOverUnreadBody } from "@/lib/http/linger-over-unread-body";
import { isForeignOriginWrite } from "@/lib/http/same-origin";
import { securityHeaders } from "@/lib/http/security-headers";
import { realtimeUrlFor } from "@/lib/realtime/realtime-url-for";

const log = createLogger("web");
const dev = process.argv.includes("--dev");
const trust = compileTrust(env.TRUSTED_PROXIES);
const app = next({ dev, port: env.PORT });
const handle = app.getRequestHandler();
await app.prepare();

function servedOverTls(req: http.IncomingMessage): boolean {
  if ((req.socket as TLSSocket).encrypted) return true;
  const proto = req.headers["x-forwarded-proto"];
  return trust(req.socket.remoteAddress ?? "", 0) && typeof proto === "string" && proto.split(",")[0]!.trim() === "https";
}

// Next.js marks every app-router answer as varying on its router headers (RSC,
// Next-Router-State-Tree, …). A route handler's answer does not vary on them, and a Vary a
// shared cache cannot key on makes it store nothing (HAProxy), so the public reads' one
// second of caching would never happen. Other Vary values (Accept-Encoding) stay.
const ROUTER_VARY = /^(rsc|next-router-[a-z-]+|next-url)$/i;
function dropRouterVary(res: http.ServerResponse) {
  const writeHead = res.writeHead;
  res.writeHead = function (this: http.ServerResponse, ...args: Parameters<typeof writeHead>) {
    const vary = res.getHeader("vary");
    if (vary !== undefined) {
      const kept = String(vary).split(",").map((v) => v.trim()).filter((v) => v && !ROUTER_VARY.test(v));
      if (kept.length) res.setHeader("vary", kept.join(", "));
      else res.removeHeader("vary");
    }
    return writeHead.apply(this, args);
  } as typeof writeHead;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

const server = keepIdleConnectionsAlive(http.createServer((req, res) => {
  lingerOverUnreadBody(req, res);
  req.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(req, trust);
  const path = (req.url ?? "/").split("?")[0]!;
  const headers = securityHeaders({ path, realtimeUrl: realtimeUrlFor(req.headers.host ?? null, env), secure: servedOverTls(req), dev });
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  // Pages take writes only as server actions; Next.js would answer a foreign-origin one with
  // a 500. API routes check the same rule themselves (lib/api/handler.ts), in their own shape.
  if (!path.startsWith("/api/") && isForeignOriginWrite(req.method ?? "GET", new Headers(req.headers as Record<string, string>))) {
    res.writeHead(403, { "content-type": "application/json", connection: "close" });
    res.end(JSON.stringify({ error: "Requests from other sites are not accepted", code: "forbidden_origin" }));
    return;
  }
  if (path.startsWith("/api/")) dropRouterVary(res);
  // Answers to writes go out uncompressed: they are small, never cached, and may reflect what
  // the client sent beside secrets (BREACH). gzip cost 0.4 ms of web CPU per order placed,
  // 6 % of the process (`npm run bench -- compare --paths ordering --cpu-prof`).
  if (!SAFE_METHODS.has(req.method ?? "GET")) delete req.headers["accept-encoding"];
  handle(req, res).catch((error: unknown) => {
    log.error("request failed outside the app", { error, path });
    if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ error: "Internal server error", code: "internal" }));
  });
}));
// Dev's fast refresh talks over a WebSocket upgrade of this server.
if (dev) server.on("upgrade", app.getUpgradeHandler());
server.listen(env.PORT, () => log.info("web server listening", { port: env.PORT, trustedProxies: env.TRUSTED_PROXIES ?? "none" }));

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  });
}
