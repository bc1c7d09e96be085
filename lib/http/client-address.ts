// Where a request came from, for per-address rate limits. Only the web server (server/web.ts)
// sees the connection, so it decides once: the peer address, or, when the peer is a trusted
// proxy (TRUSTED_PROXIES), the address that proxy reports in X-Forwarded-For (proxy-addr,
// the library Express uses, walks the hops). It passes the answer to Next.js in a header it
// overwrites on every request, so a client cannot choose its own bucket.
import type { IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";

export const CLIENT_ADDRESS_HEADER = "x-swifteats-client-address";

type Trust = (address: string, hop: number) => boolean;

/**
 * TRUSTED_PROXIES: unset → trust no one (X-Forwarded-For ignored); a number n → the nearest
 * n hops are our proxies; else comma-separated addresses, CIDRs or proxy-addr's names
 * ("loopback", "linklocal", "uniquelocal").
 */
export function compileTrust(spec: string | undefined): Trust {
  const value = spec?.trim();
  if (!value) return () => false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return (_address, hop) => hop < hops;
  }
  return proxyaddr.compile(value.split(",").map((s) => s.trim()).filter(Boolean));
}

/** The client's address for a raw Node request (the web server's side). */
export function resolveClientAddress(req: IncomingMessage, trust: Trust): string {
  return proxyaddr(req, trust);
}

/** The client's address as the web server resolved it (route handlers' side). */
export function clientAddress(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown";
}
