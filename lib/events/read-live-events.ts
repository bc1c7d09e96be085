// Reads of the live event log by cursor, for the realtime relay (every chain) and for a
// subscriber catching up on its chain. A cursor is a transaction horizon
// (lib/events/transaction-horizon.ts) taken BEFORE the read: what was still running then is
// read again next time. Reads overlap on purpose; the reader drops events it already has by seq.
import { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/client";
import { readTransactionHorizon } from "@/lib/events/transaction-horizon";
import type { LiveEventMessage, LiveEventType } from "@/lib/events/live-event-types";

export type ReadLiveEvent = LiveEventMessage & { chainId: string; txid: bigint };

interface LiveEventRow {
  seq: bigint;
  txid: bigint;
  chainId: string;
  type: LiveEventType;
  payload: unknown;
}

/**
 * The events of transactions at or above `since` (one chain's, or all), oldest first, after
 * `afterSeq` (paging within one read). `cursor` is where the next read starts once this one
 * is complete (`hasMore` false).
 */
export async function listLiveEventsSince(options: { since: bigint; chainId?: string; afterSeq?: bigint; limit: number }) {
  const cursor = await readTransactionHorizon();
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
