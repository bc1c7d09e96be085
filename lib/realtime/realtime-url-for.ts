// Where the browser opens its socket, from the page's host: shared by getRealtimeUrl() (pages)
// and the web server's Content-Security-Policy (server/web.ts), which must not load next/headers.
import type { Env } from "@/lib/env";

/**
 * The socket URL of a page that follows one restaurant (its kitchen screen, menu boards, table
 * tablets, the restaurant's page, an order's page) names the restaurant as `shard`, which the
 * proxy in front of the realtime instances hashes on (deploy/haproxy/haproxy.cfg): every socket
 * following a restaurant lands on one instance, so each of its order events is emitted by one
 * process rather than by each holding one of its sockets (docs/capacity.md, "Fan-out"). The
 * realtime server ignores it; it only routes.
 */
export function realtimeUrlForRestaurant(url: string, restaurantId: string): string {
  const target = new URL(url);
  target.searchParams.set("shard", restaurantId);
  return target.toString();
}

/** REALTIME_PUBLIC_URL, else the host the page was requested on, at REALTIME_PORT. */
export function realtimeUrlFor(host: string | null, config: Pick<Env, "REALTIME_PUBLIC_URL" | "REALTIME_PORT">): string {
  if (config.REALTIME_PUBLIC_URL) return config.REALTIME_PUBLIC_URL;
  let hostname = "localhost";
  try {
    // Keeps the brackets of an IPv6 host, drops the web app's port.
    if (host) hostname = new URL(`http://${host}`).hostname;
  } catch {
    // A malformed Host header: fall back to localhost.
  }
  return `http://${hostname}:${config.REALTIME_PORT}`;
}
