// Does the kitchen screen's queue miss something a live event says? Client-safe: pure.
import type { OrderEventMessage } from "@/lib/realtime/events";
import type { OrderStatus } from "@/lib/generated/prisma/enums";

interface Queue {
  cursor: string;
  horizon: string;
  orders: readonly { id: string; status: OrderStatus }[];
}

/**
 * True when an event the queue may not reflect moved an order the queue does not know, or
 * moved a known one to another status. Only each order's latest event counts (`events` are
 * oldest first, as useOrderEvents returns them). The queue reflects every event at or below
 * its cursor whose transaction is below its horizon; a refetch moves both, so it settles.
 */
export function isQueueBehind(queue: Queue, events: readonly OrderEventMessage[]): boolean {
  const cursor = BigInt(queue.cursor);
  const horizon = BigInt(queue.horizon);
  const latest = new Map<string, OrderStatus>();
  for (const event of events) {
    if (event.toStatus && (BigInt(event.seq) > cursor || BigInt(event.txid) >= horizon)) latest.set(event.orderId, event.toStatus);
  }
  const known = new Map(queue.orders.map((o) => [o.id, o.status]));
  return [...latest].some(([orderId, status]) => known.get(orderId) !== status);
}
