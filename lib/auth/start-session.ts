import { prisma } from "@/lib/db/client";
import { env } from "@/lib/env";

/** Opens a session for a user who just proved who they are; its id goes into the cookie. */
export async function startSession(userId: string, now = new Date()): Promise<string> {
  const session = await prisma.session.create({
    data: { userId, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + env.SESSION_MAX_AGE_SECONDS * 1000) },
    select: { id: true },
  });
  return session.id;
}
