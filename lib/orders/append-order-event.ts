import type { Tx } from "@/lib/db/client";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Who caused an event: a user, a table tablet, or the platform itself. */
export interface EventActor {
  id: string | null;
  role: string;
}

export const ORDER_EVENTS_CHANNEL = "order_events";

/**
 * Writes an order event inside the caller's transaction (the event log is also the outbox)
 * and wakes the realtime relay: NOTIFY is delivered only if the transaction commits.
 */
export async function appendOrderEvent(
  tx: Tx,
  event: {
    orderId: string;
    restaurantId: string;
    type: string;
    from?: OrderStatus | null;
    to?: OrderStatus | null;
    actor: EventActor;
    payload?: Prisma.InputJsonValue;
  },
) {
  const row = await tx.orderEvent.create({
    data: {
      orderId: event.orderId,
      restaurantId: event.restaurantId,
      type: event.type,
      fromStatus: event.from ?? null,
      toStatus: event.to ?? null,
      actorId: event.actor.id,
      actorRole: event.actor.role,
      payload: event.payload ?? {},
    },
    select: { seq: true },
  });
  await tx.$executeRaw`SELECT pg_notify(${ORDER_EVENTS_CHANNEL}, ${row.seq.toString()})`;
  return row;
}
