import { z } from "zod";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { hashSignUpToken } from "@/lib/auth/sign-up-link";

const tokenSchema = z.string().min(20).max(100);

/**
 * Opens an emailed sign-up link: creates the customer account from the pending sign-up and
 * returns its actor, or null when the link is unknown, expired or used, or the address got an
 * account meanwhile (another link opened first). A link works once: it is deleted on use. The
 * account reads Swift Eats in the language the sign-up was made in.
 */
export async function completeSignUp(token: unknown, now = new Date()): Promise<Actor | null> {
  const parsed = tokenSchema.safeParse(token);
  if (!parsed.success) return null;
  return prisma.$transaction(async (tx) => {
    const tokenHash = hashSignUpToken(parsed.data);
    const pending = await tx.emailVerification.findUnique({ where: { tokenHash } });
    if (!pending) return null;
    // One address at a time: two links of one address opened at once would otherwise each
    // wait for the other's pending rows (a deadlock) instead of one of them winning.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`sign-up:${pending.email}`}))`;
    // Claimed by deleting it: of two tabs opening one link at once, one deletes the row.
    const { count: claimed } = await tx.emailVerification.deleteMany({ where: { tokenHash } });
    if (claimed === 0 || pending.expiresAt <= now) return null;
    // An account made some other way meanwhile keeps its address: this link is spent.
    const { count } = await tx.user.createMany({
      data: [{ email: pending.email, name: pending.name, passwordHash: pending.passwordHash, role: "CUSTOMER", locale: pending.locale }],
      skipDuplicates: true,
    });
    if (count === 0) return null;
    await tx.emailVerification.deleteMany({ where: { email: pending.email } });
    const user = await tx.user.findUniqueOrThrow({ where: { email: pending.email }, select: { id: true, role: true, chainId: true, name: true, email: true } });
    return { userId: user.id, role: user.role, chainId: user.chainId, name: user.name, email: user.email };
  });
}
