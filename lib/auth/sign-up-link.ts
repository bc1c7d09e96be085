import { createHash, randomBytes } from "node:crypto";
import { appUrl } from "@/lib/env";

/** How long an emailed sign-up link works. */
export const SIGN_UP_LINK_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** Only this is stored: whoever reads the database still cannot open someone's link. */
export function hashSignUpToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

/** A fresh unguessable link (256 random bits) to /signup/verify. */
export function newSignUpLink(callbackUrl: string | null | undefined): { tokenHash: string; url: string } {
  const token = randomBytes(32).toString("base64url");
  const query = new URLSearchParams({ token, ...(callbackUrl ? { callbackUrl } : {}) });
  return { tokenHash: hashSignUpToken(token), url: appUrl(`/signup/verify?${query}`) };
}
