// Writes a live event inside the writer's transaction (the table is the outbox) and wakes the
// realtime relays in the same statement: NOTIFY is delivered only if the transaction commits,
// and the row is there for any subscriber that was not connected at that moment.
import type { Tx } from "@/lib/db/client";
import type { LiveEvent } from "@/lib/events/live-event-types";

export const LIVE_EVENTS_CHANNEL = "live_events";

/** Whose event it is: it reaches the chain's followers (chain admins' dashboards). */
export interface LiveEventScope {
  chainId: string;
  restaurantId: string;
}

export async function publishLiveEvent(tx: Tx, scope: LiveEventScope, event: LiveEvent): Promise<void> {
  await tx.$executeRaw`
    WITH event AS (
      INSERT INTO live_events (chain_id, restaurant_id, type, payload)
      VALUES (${scope.chainId}::uuid, ${scope.restaurantId}::uuid, ${event.type}, ${JSON.stringify(event.data)}::jsonb)
      RETURNING seq)
    SELECT pg_notify(${LIVE_EVENTS_CHANNEL}, seq::text) FROM event`;
}
