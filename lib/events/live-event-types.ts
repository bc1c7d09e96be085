// The live events that are not an order's timeline, shared by the writers (lib/), the realtime
// relay (server/realtime) and the browser. One registry: a type names its payload, and every
// event travels as { seq, type, data } on its scope's room.
import type { ListingState, OutletStatus } from "@/lib/generated/prisma/enums";
import type { IncidentSummary } from "@/lib/monitoring/incident-summary";

/** `monitoring.listing`: a listing's observed state changed. */
export interface ListingStateMessage {
  listingId: string;
  restaurantId: string;
  channelCode: string;
  state: ListingState;
  /** ISO 8601: when the listing entered this state. */
  since: string;
  /** listings.version after the change: a snapshot at a lower version is older. */
  version: number;
}

/** `outlet.status`: staff (or a chain admin's remote resume) opened, paused, slowed or closed an outlet. */
export interface OutletStatusMessage {
  restaurantId: string;
  declaredStatus: OutletStatus;
  statusReason: string | null;
  /** ISO 8601: when a pause ends by itself. */
  statusUntil: string | null;
  busyExtraMinutes: number;
  /** restaurants.version after the change: a snapshot at a lower version is older. */
  version: number;
}

export interface LiveEventPayloads {
  "monitoring.incident": IncidentSummary;
  "monitoring.listing": ListingStateMessage;
  "outlet.status": OutletStatusMessage;
}

export type LiveEventType = keyof LiveEventPayloads;
export type LiveEvent = { [K in LiveEventType]: { type: K; data: LiveEventPayloads[K] } }[LiveEventType];
/** `seq` is the log's bigint in decimal (JSON has no bigint): compare with BigInt(seq). */
export type LiveEventMessage = LiveEvent & { seq: string };

/** The entity an event is about: events of one entity are written, and so numbered, in commit order. */
export function liveEventSubject(event: LiveEvent): string {
  switch (event.type) {
    case "monitoring.incident":
      return `incident:${event.data.id}`;
    case "monitoring.listing":
      return `listing:${event.data.listingId}`;
    case "outlet.status":
      return `outlet:${event.data.restaurantId}`;
  }
}
