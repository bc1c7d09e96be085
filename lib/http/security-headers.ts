// The headers every answer of the web server carries (server/web.ts sets them per request,
// because the realtime origin depends on the host the page was requested on).
import { MAP_TILE_URL } from "@/lib/geo/map-tiles";

export interface SecurityHeaderOptions {
  path: string;
  /** Where the browser opens its socket (lib/realtime/realtime-url.ts). */
  realtimeUrl: string;
  /** Served over TLS (directly, or a trusted proxy says so): HSTS is sent. */
  secure: boolean;
  dev: boolean;
}

/** Pages that ask for the browser's position: the driver app and the customer's location bar. */
const GEOLOCATION_PATHS = [/^\/$/, /^\/driver(\/|$)/];

const origin = (url: string) => new URL(url).origin;
const websocketOrigin = (url: string) => origin(url).replace(/^http/, "ws");

export function securityHeaders({ path, realtimeUrl, secure, dev }: SecurityHeaderOptions): Record<string, string> {
  const csp = [
    "default-src 'self'",
    // Next.js inlines its bootstrap scripts; nonces would make every page dynamic. 'unsafe-eval' only for dev's fast refresh.
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    // Leaflet positions tiles and markers with inline styles.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${origin(MAP_TILE_URL)}`,
    "font-src 'self' data:",
    `connect-src 'self' ${origin(realtimeUrl)} ${websocketOrigin(realtimeUrl)}${dev ? " ws: wss:" : ""}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  const geolocation = GEOLOCATION_PATHS.some((p) => p.test(path)) ? "(self)" : "()";
  const headers: Record<string, string> = {
    "content-security-policy": csp,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "strict-origin-when-cross-origin",
    "permissions-policy": `geolocation=${geolocation}, camera=(), microphone=(), payment=(), usb=()`,
  };
  if (secure) headers["strict-transport-security"] = "max-age=31536000; includeSubDomains";
  return headers;
}
