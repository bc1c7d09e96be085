// A reader's transaction horizon: pg_snapshot_xmin, the oldest transaction still running.
// Every transaction below it had finished when it was taken, so a read that starts after
// taking it sees all of their events (the committed ones); anything at or above it may
// still commit later. Event logs carry their writer's txid (order_events, live_events), so
// "what may this snapshot have missed?" is "txid >= horizon", which seqs cannot answer:
// a seq is taken before commit, and seq 11 can be visible while seq 10 is not.
import { prisma } from "@/lib/db/client";

export async function readTransactionHorizon(): Promise<bigint> {
  const [row] = await prisma.$queryRaw<{ horizon: string }[]>`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon`;
  return BigInt(row!.horizon);
}
