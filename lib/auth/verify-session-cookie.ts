// Reads the next-auth session cookie for every process (Next.js and server/realtime). The
// cookie is only an encrypted pointer to a sessions row; that row, and the user's current role
// and scope, decide (resolve-session.ts).
import { hkdfSync } from "node:crypto";
import { jwtDecrypt } from "jose";
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

// next-auth's `decode` derives the encryption key from the secret (HKDF) on every call: 2 % of
// the web process placing orders. The same derivation (next-auth/jwt getDerivedEncryptionKey,
// empty salt), once per secret; tests/unit/session-token.test.ts holds it to next-auth's `encode`.
const derivedKeys = new Map<string, Uint8Array>();
function encryptionKey(secret: string): Uint8Array {
  let key = derivedKeys.get(secret);
  if (!key) derivedKeys.set(secret, (key = new Uint8Array(hkdfSync("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32))));
  return key;
}

/** The session id a next-auth session token names, or null when absent or forged. */
export async function sessionIdFromToken(token: string | undefined, secret: string): Promise<string | null> {
  if (!token) return null;
  try {
    // next-auth's own tolerance for the token's exp/iat.
    const sessionId = (await jwtDecrypt(token, encryptionKey(secret), { clockTolerance: 15 })).payload.sid;
    return typeof sessionId === "string" ? sessionId : null;
  } catch {
    return null;
  }
}

export function sessionTokenFromCookieHeader(cookieHeader: string | undefined): string | undefined {
  return SESSION_COOKIE_NAMES.map((n) => readCookie(cookieHeader ?? "", n)).find(Boolean);
}

/** The actor of a next-auth session token, or null when absent, forged, revoked or expired. */
export async function actorFromSessionToken(token: string | undefined, secret: string): Promise<Actor | null> {
  const sessionId = await sessionIdFromToken(token, secret);
  return sessionId ? resolveSession(sessionId) : null;
}

export function actorFromCookieHeader(cookieHeader: string | undefined, secret: string): Promise<Actor | null> {
  return actorFromSessionToken(sessionTokenFromCookieHeader(cookieHeader), secret);
}
