// Cross-site request forgery stops here: a browser always sends Origin on a state-changing
// fetch or form post, and a page of another site cannot forge it. Requests that carry their
// own credential header (a tablet's table token, a partner's x-api-key) are not at risk,
// since a cross-site page cannot add those headers without a CORS preflight we never grant.
import { allowedOrigins } from "@/lib/realtime/allowed-origins";
import { env } from "@/lib/env";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
let configured: Set<string> | undefined;

export function carriesCredentialHeader(headers: Headers): boolean {
  return headers.has("authorization") || headers.has("x-api-key");
}

/** The web app's own origins (PUBLIC_URL, NEXTAUTH_URL, localhost:PORT, WEB_ORIGINS) or the request's own host. */
export function isAllowedOrigin(origin: string, host: string | null): boolean {
  configured ??= new Set(allowedOrigins(env));
  if (configured.has(origin)) return true;
  return URL.canParse(origin) && host !== null && new URL(origin).host === host;
}

/** A state-changing request from a browser page of another origin is refused; others pass. */
export function isForeignOriginWrite(method: string, headers: Headers): boolean {
  if (SAFE_METHODS.has(method) || carriesCredentialHeader(headers)) return false;
  const origin = headers.get("origin");
  return origin !== null && !isAllowedOrigin(origin, headers.get("host"));
}
