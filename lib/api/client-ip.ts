import type { NextRequest } from "next/server";

/** The caller's address for per-IP limits: the first x-forwarded-for hop (set by our proxy),
 *  or "local" when there is no proxy in front (development, tests). */
export function clientIp(req: NextRequest): string {
  return req.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "local";
}
