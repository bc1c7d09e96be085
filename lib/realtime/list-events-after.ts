import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EventScope } from "@/lib/realtime/events";
import { orderEventSelect, toOrderEventMessage } from "@/lib/realtime/order-event-message";

/** Most events one catch-up answer carries; `hasMore` tells the client to ask again. */
const CATCH_UP_LIMIT = 500;

function inScope(scope: EventScope): Prisma.OrderEventWhereInput {
  switch (scope.kind) {
    case "order":
      return { orderId: scope.id };
    case "restaurant":
      return { restaurantId: scope.id };
    case "chain":
      return { order: { restaurant: { chainId: scope.id } } };
  }
}

/**
 * The scope's events with `afterSeq < seq ≤ upToSeq`, and with a `horizon` also those of
 * transactions at or above it below `afterSeq` (committed after the client's snapshot, though
 * numbered before its cursor), oldest first: what a (re)connecting client missed. The caller
 * has authorized the scope (authorizeSubscription).
 */
export async function listEventsAfter(
  scope: EventScope,
  { afterSeq, horizon = null, upToSeq, limit = CATCH_UP_LIMIT }: { afterSeq: bigint; horizon?: bigint | null; upToSeq?: bigint; limit?: number },
) {
  const after: Prisma.OrderEventWhereInput = horizon === null ? { seq: { gt: afterSeq } } : { OR: [{ seq: { gt: afterSeq } }, { txid: { gte: horizon } }] };
  const rows = await prisma.orderEvent.findMany({
    where: { AND: [inScope(scope), after, { seq: { lte: upToSeq } }] },
    orderBy: { seq: "asc" },
    take: limit + 1,
    select: orderEventSelect,
  });
  return { events: rows.slice(0, limit).map(toOrderEventMessage), hasMore: rows.length > limit };
}
