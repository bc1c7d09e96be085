// Does the kitchen screen's queue miss something a live event says? Client-safe: pure.
import type { OrderEventMessage } from "@/lib/realtime/events";
import type { OrderStatus } from "@/lib/generated/prisma/enums";

interface Queue {
  cursor: string;
  orders: readonly { id: string; status: OrderStatus }[];
}

/**
 * True when an event newer than the queue's cursor moved an order the queue does not know,
 * or moved a known one to another status. Only each order's latest event counts (`events`
 * are oldest first, as useOrderEvents returns them), and events at or below the cursor are
 * already in the queue, so a refetch always settles it.
 */
export function isQueueBehind(queue: Queue, events: readonly OrderEventMessage[]): boolean {
  const cursor = BigInt(queue.cursor);
  const latest = new Map<string, OrderStatus>();
  for (const event of events) if (event.toStatus && BigInt(event.seq) > cursor) latest.set(event.orderId, event.toStatus);
  const known = new Map(queue.orders.map((o) => [o.id, o.status]));
  return [...latest].some(([orderId, status]) => known.get(orderId) !== status);
}
