// Where the browser opens its socket, from the page's host: shared by getRealtimeUrl() (pages)
// and the web server's Content-Security-Policy (server/web.ts), which must not load next/headers.
import type { Env } from "@/lib/env";

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
