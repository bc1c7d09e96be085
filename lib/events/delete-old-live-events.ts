// Live events are for subscribers catching up after a short absence; older ones are only
// history (incidents and observations keep their own). A subscriber whose cursor is older
// than what is kept reloads its snapshot instead (see the `resync` of monitoring:subscribe).
import { prisma } from "@/lib/db/client";

export const LIVE_EVENT_RETENTION_MS = 24 * 3_600_000;

export async function deleteOldLiveEvents(now = new Date()): Promise<number> {
  return prisma.$executeRaw`DELETE FROM live_events WHERE created_at < ${new Date(now.getTime() - LIVE_EVENT_RETENTION_MS)}`;
}
