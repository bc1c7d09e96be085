import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { prepared, queryRows, sql } from "@/lib/db/sql";
import { env } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";

// Last use is written at most this often, so a busy session costs one write a minute, not
// one per request; the idle timeout is exact to within this interval.
export const SESSION_TOUCH_INTERVAL_MS = 60_000;

interface SessionRow {
  last_seen_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
  user_id: string;
  role: Role;
  chain_id: string | null;
  name: string;
  email: string;
}

/**
 * The actor of a live session, or null when it is unknown, revoked, past its absolute end or
 * idle too long. Role and chain scope come from the users row, never from the cookie.
 * Runs on every authenticated request and socket connection: one primary-key read joined to
 * the user (plain SQL so it is one round trip at `pg`'s cost, lib/db/sql.ts), plus a touch at
 * most once a minute.
 */
export async function resolveSession(sessionId: string, now = new Date()): Promise<Actor | null> {
  if (!z.uuid().safeParse(sessionId).success) return null;
  const [row] = await queryRows<SessionRow>(prepared("resolve-session", sql`
    SELECT s.last_seen_at, s.expires_at, s.revoked_at, u.id AS user_id, u.role, u.chain_id, u.name, u.email
    FROM sessions s JOIN users u ON u.id = s.user_id
    WHERE s.id = ${sessionId}::uuid`));
  if (!row || row.revoked_at || row.expires_at <= now) return null;
  const idleSince = now.getTime() - row.last_seen_at.getTime();
  if (idleSince >= env.SESSION_IDLE_TIMEOUT_SECONDS * 1000) return null;
  if (idleSince >= SESSION_TOUCH_INTERVAL_MS) {
    await prisma.session.updateMany({ where: { id: sessionId, lastSeenAt: { lt: now } }, data: { lastSeenAt: now } });
  }
  return { userId: row.user_id, role: row.role, chainId: row.chain_id, name: row.name, email: row.email };
}
