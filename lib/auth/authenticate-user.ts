import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { signInSchema } from "@/lib/auth/schemas";
import { beginSignInAttempt } from "@/lib/auth/credential-limits";

// Compared against when the email is unknown, so both paths cost one hash (no user enumeration by timing).
const decoyHash = hashPassword("decoy-password-for-unknown-emails");

/**
 * Checks email + password; returns the actor or null, never saying which part was wrong.
 * Throws a 429 AppError (Retry-After) when the account or the caller's address has failed too
 * often; that check comes first, so a refused guess costs no hash.
 */
export async function authenticateUser(input: unknown, { ip }: { ip: string }): Promise<Actor | null> {
  const attempt = await beginSignInAttempt({ email: (input as { email?: unknown } | null)?.email, ip });
  if (!attempt.allowed) throw attempt.error;
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const user = await prisma.user.findUnique({
    where: { email: parsed.data.email },
    omit: { passwordHash: false },
  });
  const ok = await verifyPassword(parsed.data.password, user?.passwordHash ?? (await decoyHash));
  if (!user || !ok) return null;
  await attempt.succeeded();
  return { userId: user.id, role: user.role, chainId: user.chainId, name: user.name, email: user.email };
}
