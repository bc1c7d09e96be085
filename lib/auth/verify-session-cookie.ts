// Reads the next-auth session cookie for every process (Next.js and server/realtime). The
// cookie is only an encrypted pointer to a sessions row; that row, and the user's current role
// and scope, decide (resolve-session.ts).
import { decode } from "next-auth/jwt";
import type { Actor } from "@/lib/auth/actor";
import { resolveSession } from "@/lib/auth/resolve-session";

export const SESSION_COOKIE_NAMES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

function readCookie(header: string, name: string): string | undefined {
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return undefined;
}

/** The actor of a next-auth session token, or null when absent, forged, revoked or expired. */
export async function actorFromSessionToken(token: string | undefined, secret: string): Promise<Actor | null> {
  if (!token) return null;
  let sessionId: unknown;
  try {
    sessionId = (await decode({ token, secret }))?.sid;
  } catch {
    return null;
  }
  return typeof sessionId === "string" ? resolveSession(sessionId) : null;
}

export function actorFromCookieHeader(cookieHeader: string | undefined, secret: string): Promise<Actor | null> {
  const token = SESSION_COOKIE_NAMES.map((n) => readCookie(cookieHeader ?? "", n)).find(Boolean);
  return actorFromSessionToken(token, secret);
}
