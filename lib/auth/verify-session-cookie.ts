// Lets processes other than Next.js (server/realtime) trust the next-auth session cookie.
import { decode } from "next-auth/jwt";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";

const COOKIE_NAMES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

function readCookie(header: string, name: string): string | undefined {
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return undefined;
}

/** Decodes a next-auth session token (JWE) into the actor, or null when absent, forged or expired. */
export async function actorFromSessionToken(token: string | undefined, secret: string): Promise<Actor | null> {
  if (!token) return null;
  try {
    const jwt = await decode({ token, secret });
    if (!jwt?.sub || !jwt.role) return null;
    if (typeof jwt.exp === "number" && jwt.exp * 1000 < Date.now()) return null;
    return {
      userId: jwt.sub,
      role: jwt.role as Role,
      chainId: jwt.chainId ?? null,
      name: jwt.name ?? "",
      email: jwt.email ?? "",
    };
  } catch {
    return null;
  }
}

export function actorFromCookieHeader(cookieHeader: string | undefined, secret: string): Promise<Actor | null> {
  const token = COOKIE_NAMES.map((n) => readCookie(cookieHeader ?? "", n)).find(Boolean);
  return actorFromSessionToken(token, secret);
}
