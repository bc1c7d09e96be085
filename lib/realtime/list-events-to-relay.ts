// The realtime relay's reads of the order event log (lib/events/order-event-relay.ts, and a
// follower filling a gap: lib/events/order-event-follower.ts).
import { prisma } from "@/lib/db/client";
import { chainRoom, orderRoom, restaurantRoom, type OrderEventMessage } from "@/lib/realtime/events";
import { orderEventSelect, toOrderEventMessage } from "@/lib/realtime/order-event-message";

export interface RelayedEvent {
  seq: bigint;
  event: OrderEventMessage;
  /** Every room that follows it: its order, its restaurant, and its chain if it has one. */
  rooms: string[];
}

/**
 * Events with `seq > afterSeq` (up to `upToSeq`, if given), plus the `missingSeqs` below it
 * (seqs skipped by an earlier read because their transaction had not committed yet), oldest first.
 */
export async function listEventsToRelay(afterSeq: bigint, missingSeqs: bigint[], limit: number, upToSeq?: bigint): Promise<RelayedEvent[]> {
  const rows = await prisma.orderEvent.findMany({
    where: { OR: [{ seq: { gt: afterSeq, lte: upToSeq } }, { seq: { in: missingSeqs } }] },
    orderBy: { seq: "asc" },
    take: limit,
    select: { ...orderEventSelect, order: { select: { restaurant: { select: { chainId: true } } } } },
  });
  return rows.map(({ order, ...row }) => {
    const chainId = order.restaurant.chainId;
    return {
      seq: row.seq,
      event: toOrderEventMessage(row),
      rooms: [orderRoom(row.orderId), restaurantRoom(row.restaurantId), ...(chainId ? [chainRoom(chainId)] : [])],
    };
  });
}

/** The newest seq in the log (0 when it is empty). */
export async function latestEventSeq(): Promise<bigint> {
  const { _max } = await prisma.orderEvent.aggregate({ _max: { seq: true } });
  return _max.seq ?? 0n;
}
