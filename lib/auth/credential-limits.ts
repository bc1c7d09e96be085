// Limits on password guessing and sign-up abuse. They run before the scrypt hash, so a refused
// attempt costs one Redis call, not 32 MiB of memory-hard hashing. Keys name the address as
// typed, whether or not an account has it, so a refusal reveals nothing about accounts.
import { createHash, randomUUID } from "node:crypto";
import { AppError } from "@/lib/errors/app-error";
import { cancelRateLimitHit, clearRateLimit, enforceRateLimit, hitRateLimit } from "@/lib/ratelimit/rate-limit";
import { SIGN_IN_FAILURES_PER_ACCOUNT, SIGN_IN_FAILURES_PER_IP, SIGN_UPS_PER_EMAIL, SIGN_UPS_PER_IP } from "@/lib/ratelimit/rules";

const TOO_MANY_SIGN_INS = "Too many sign-in attempts. Wait a few minutes and try again.";

// Hashed so Redis never holds a list of the addresses people typed.
function emailKey(email: unknown): string {
  const normalized = typeof email === "string" ? email.trim().toLowerCase().slice(0, 254) : "";
  return createHash("sha256").update(normalized).digest("base64url");
}

export type SignInAttempt = { allowed: true; succeeded(): Promise<void> } | { allowed: false; error: AppError };

/**
 * Counts a sign-in attempt against its account and its address before the password is
 * checked. Every attempt counts while it runs, so a burst of parallel guesses cannot slip past
 * the limit; a correct password takes its count back (and clears the account's failures), so
 * only failures add up. Refused: a 429 with Retry-After, the same for any email.
 */
export async function beginSignInAttempt({ email, ip }: { email: unknown; ip: string }): Promise<SignInAttempt> {
  const attempt = randomUUID();
  // A request without an email names no account to guess at (and is refused before any
  // hash): it counts against its address only, not against one bucket every such request shares.
  const account = typeof email === "string" && email.trim() ? `signin:account:${emailKey(email)}` : null;
  const address = `signin:ip:${ip}`;
  const ALLOWED = { allowed: true, retryAfterSeconds: 0 };
  const [byAccount, byAddress] = await Promise.all([
    account ? hitRateLimit(account, SIGN_IN_FAILURES_PER_ACCOUNT, attempt) : ALLOWED,
    hitRateLimit(address, SIGN_IN_FAILURES_PER_IP, attempt),
  ]);
  if (byAccount.allowed && byAddress.allowed) {
    return { allowed: true, succeeded: async () => void (await Promise.all([account && clearRateLimit(account), cancelRateLimitHit(address, attempt)])) };
  }
  // Only attempts that reach the password check count: take back the one key that let it pass.
  await Promise.all([account && cancelRateLimitHit(account, attempt), cancelRateLimitHit(address, attempt)]);
  const retryAfter = String(Math.max(byAccount.retryAfterSeconds, byAddress.retryAfterSeconds));
  return { allowed: false, error: new AppError(429, TOO_MANY_SIGN_INS, "rate_limited", undefined, { "Retry-After": retryAfter }) };
}

/** Throws 429 + Retry-After when this address or this email has signed up too often. */
export async function enforceSignUpLimits({ email, ip }: { email: string; ip: string }): Promise<void> {
  const message = "Too many sign-ups. Wait a while and try again.";
  await enforceRateLimit(`signup:ip:${ip}`, SIGN_UPS_PER_IP, message);
  await enforceRateLimit(`signup:email:${emailKey(email)}`, SIGN_UPS_PER_EMAIL, message);
}
