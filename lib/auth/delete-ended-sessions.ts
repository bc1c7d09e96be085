// Ended sessions and unused sign-up links are deleted by the worker every hour: a missing
// row answers exactly as an ended one (signed out, link expired), so nothing needs them.
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/env";

export async function deleteEndedSessions(now = new Date()): Promise<{ sessions: number; signUpLinks: number }> {
  const idleSince = new Date(now.getTime() - env.SESSION_IDLE_TIMEOUT_SECONDS * 1000);
  const sessions = await prisma.session.deleteMany({
    where: { OR: [{ expiresAt: { lte: now } }, { revokedAt: { not: null } }, { lastSeenAt: { lte: idleSince } }] },
  });
  const signUpLinks = await prisma.emailVerification.deleteMany({ where: { expiresAt: { lte: now } } });
  return { sessions: sessions.count, signUpLinks: signUpLinks.count };
}
