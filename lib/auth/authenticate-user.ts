import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { signInSchema } from "@/lib/auth/schemas";

// Compared against when the email is unknown, so both paths cost one hash (no user enumeration by timing).
const decoyHash = hashPassword("decoy-password-for-unknown-emails");

/** Checks email + password; returns the actor or null. Never says which part was wrong. */
export async function authenticateUser(input: unknown): Promise<Actor | null> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const user = await prisma.user.findUnique({
    where: { email: parsed.data.email },
    omit: { passwordHash: false },
  });
  const ok = await verifyPassword(parsed.data.password, user?.passwordHash ?? (await decoyHash));
  if (!user || !ok) return null;
  return { userId: user.id, role: user.role, chainId: user.chainId, name: user.name, email: user.email };
}
