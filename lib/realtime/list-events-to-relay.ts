// The realtime relay's reads of the order event log (lib/events/order-event-relay.ts, and a
// follower filling a gap: lib/events/order-event-follower.ts).
import { prisma } from "@/lib/db/client";
import { chainRoom, orderRoom, restaurantRoom, type OrderEventMessage } from "@/lib/realtime/events";
import { prepared, queryRows, sql } from "@/lib/db/sql";

export interface RelayedEvent {
  seq: bigint;
  event: OrderEventMessage;
  /** Every room that follows it: its order, its restaurant, and its chain if it has one. */
  rooms: string[];
}

const MAX_SEQ = 2n ** 63n - 1n;

interface RelayRow {
  seq: string;
  orderId: string;
  restaurantId: string;
  type: string;
  fromStatus: OrderEventMessage["fromStatus"];
  toStatus: OrderEventMessage["toStatus"];
  actorRole: string;
  payload: unknown;
  createdAt: Date;
  txid: string;
  chainId: string | null;
}

/**
 * Events with `seq > afterSeq` (up to `upToSeq`, if given), plus the `missingSeqs` below it
 * (seqs skipped by an earlier read because their transaction had not committed yet), oldest first.
 * The relay leader's read, up to 50 times a second under load: one statement on plain `pg`
 * (through Prisma it was three, the event's order and restaurant read apart, each paying the
 * ORM's runtime). The columns are the browser's (order-event-message.ts), not `actorId`.
 */
export async function listEventsToRelay(afterSeq: bigint, missingSeqs: bigint[], limit: number, upToSeq?: bigint): Promise<RelayedEvent[]> {
  // The window and the seqs read again as two index scans: as one OR under ORDER BY seq LIMIT,
  // PostgreSQL walked the seq index from the log's start, filtering (1.9 ms a read on the
  // ordering bench, growing with the log).
  const after = afterSeq.toString();
  const upTo = (upToSeq ?? MAX_SEQ).toString();
  const rows = await queryRows<RelayRow>(prepared("list-events-to-relay", sql`
    SELECT e.seq::text AS seq, e.order_id AS "orderId", e.restaurant_id AS "restaurantId", e.type,
           e.from_status AS "fromStatus", e.to_status AS "toStatus", e.actor_role AS "actorRole", e.payload,
           e.created_at AS "createdAt", e.txid::text AS txid, r.chain_id AS "chainId"
    FROM (
      (SELECT * FROM order_events WHERE seq > ${after}::bigint AND seq <= ${upTo}::bigint ORDER BY seq LIMIT ${limit}::int)
      UNION ALL
      (SELECT * FROM order_events WHERE seq = ANY(${missingSeqs.map(String)}::bigint[]) AND NOT (seq > ${after}::bigint AND seq <= ${upTo}::bigint))
    ) e LEFT JOIN restaurants r ON r.id = e.restaurant_id
    ORDER BY e.seq
    LIMIT ${limit}::int`));
  return rows.map(({ chainId, createdAt, ...row }) => ({
    seq: BigInt(row.seq),
    event: { ...row, createdAt: createdAt.toISOString() },
    rooms: [orderRoom(row.orderId), restaurantRoom(row.restaurantId), ...(chainId ? [chainRoom(chainId)] : [])],
  }));
}

/** The newest seq in the log (0 when it is empty). */
export async function latestEventSeq(): Promise<bigint> {
  const { _max } = await prisma.orderEvent.aggregate({ _max: { seq: true } });
  return _max.seq ?? 0n;
}
