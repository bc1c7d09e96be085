import { prisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import { SESSION_TOUCH_INTERVAL_MS } from "@/lib/auth/resolve-session";

/**
 * For the realtime server's periodic check of its open sockets: which of these sessions have
 * ended (signed out, revoked by a role or password change, expired, idle, deleted). An open
 * socket counts as use, so the live ones not touched for a minute are touched. Two statements
 * for all of an instance's sockets, however many.
 */
export async function findEndedSessions(sessionIds: string[], now = new Date()): Promise<string[]> {
  if (!sessionIds.length) return [];
  const live = { id: { in: sessionIds }, revokedAt: null, expiresAt: { gt: now }, lastSeenAt: { gt: new Date(now.getTime() - env.SESSION_IDLE_TIMEOUT_SECONDS * 1000) } };
  const rows = await prisma.session.findMany({ where: live, select: { id: true } });
  await prisma.session.updateMany({
    where: { ...live, lastSeenAt: { ...live.lastSeenAt, lte: new Date(now.getTime() - SESSION_TOUCH_INTERVAL_MS) } },
    data: { lastSeenAt: now },
  });
  const alive = new Set(rows.map((row) => row.id));
  return sessionIds.filter((id) => !alive.has(id));
}
