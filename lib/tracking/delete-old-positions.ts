// GPS history is kept DRIVER_POSITION_RETENTION_DAYS (default 30), then deleted by the
// worker every hour. In batches of a few thousand rows by primary key, so a big backlog never
// holds one long transaction or locks the table that drivers keep inserting into.
import { prisma } from "@/lib/db/client";

export async function deleteOldPositions(olderThan: Date, { batch = 5000, maxBatches = 200 } = {}): Promise<number> {
  let deleted = 0;
  for (let i = 0; i < maxBatches; i++) {
    const count = await prisma.$executeRaw`
      DELETE FROM driver_positions WHERE id IN (
        SELECT id FROM driver_positions WHERE recorded_at < ${olderThan} ORDER BY id LIMIT ${batch})`;
    deleted += count;
    if (count < batch) break;
  }
  return deleted;
}
