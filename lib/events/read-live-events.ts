// Reads of the live event log by cursor, for the realtime relay (every chain) and for a
// subscriber catching up on its chain.
//
// A cursor is a transaction horizon: pg_snapshot_xmin, taken BEFORE the read. Every
// transaction below it had finished by then, so its events (if it committed) are in the
// read; anything at or above it may still commit later and is read again next time. Seqs
// would not do: they are taken before commit, so seq 11 can be visible while seq 10 is not.
// Reads overlap on purpose; the reader drops events it already has by seq.
import { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/client";
import type { LiveEventMessage, LiveEventType } from "@/lib/events/live-event-types";

export type ReadLiveEvent = LiveEventMessage & { chainId: string; txid: bigint };

interface LiveEventRow {
  seq: bigint;
  txid: bigint;
  chainId: string;
  type: LiveEventType;
  payload: unknown;
}

/** The horizon to read from next time: every transaction below it has finished. */
export async function liveEventsCursor(): Promise<bigint> {
  const [row] = await prisma.$queryRaw<{ cursor: string }[]>`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS cursor`;
  return BigInt(row!.cursor);
}

/**
 * The events of transactions at or above `since` (one chain's, or all), oldest first, after
 * `afterSeq` (paging within one read). `cursor` is where the next read starts once this one
 * is complete (`hasMore` false).
 */
export async function listLiveEventsSince(options: { since: bigint; chainId?: string; afterSeq?: bigint; limit: number }) {
  const cursor = await liveEventsCursor();
  const ofChain = options.chainId ? Prisma.sql`AND chain_id = ${options.chainId}::uuid` : Prisma.empty;
  const rows = await prisma.$queryRaw<LiveEventRow[]>`
    SELECT seq, txid, chain_id AS "chainId", type, payload FROM live_events
    WHERE txid >= ${options.since} AND seq > ${options.afterSeq ?? 0n} ${ofChain}
    ORDER BY seq LIMIT ${options.limit + 1}`;
  const events = rows.slice(0, options.limit).map(
    (row) => ({ seq: row.seq.toString(), txid: row.txid, chainId: row.chainId, type: row.type, data: row.payload }) as ReadLiveEvent,
  );
  return { events, cursor, hasMore: rows.length > options.limit };
}
