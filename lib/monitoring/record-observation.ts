// Every observation of a listing, whoever made it (our own derivation, a polled partner feed,
// a partner pushing to the API), goes through here as an event:
// - idempotent: the same (listing, sourceEventId) again is a no-op;
// - ordered per listing: an observation older than the listing's latest is kept as history
//   but does not move the state back;
// - optimistic concurrency on listings.version: racing observations each re-read and retry,
//   so the state, its band (listing_state_spans) and the version always move together.
import { prisma, type Tx } from "@/lib/db/client";
import { retryOnConflict } from "@/lib/db/retry-on-conflict";
import type { ListingState, ObservationSource } from "@/lib/generated/prisma/enums";
import { publishLiveEvent } from "@/lib/events/publish-live-event";
import { requestEvaluation } from "@/lib/monitoring/announce";

export interface ObservationInput {
  listingId: string;
  source: ObservationSource;
  sourceEventId: string;
  state: ListingState;
  observedAt: Date;
  details?: Record<string, unknown>;
  /** Item ids the channel says are orderable; left as they were when not sent. */
  orderableItemIds?: string[];
}

export type ObservationOutcome =
  /** Already recorded (same sourceEventId). */
  | { status: "duplicate" }
  /** Recorded as history; the listing already has a newer observation. */
  | { status: "stale"; observationId: string }
  | { status: "applied"; observationId: string; changed: boolean; version: number };

const MAX_CAS_ATTEMPTS = 20;

interface CurrentListing {
  version: number;
  observedState: ListingState;
  observedAt: Date | null;
  stateSince: Date | null;
  restaurantId: string;
  chainId: string | null;
  channelCode: string;
}

export async function recordObservation(input: ObservationInput): Promise<ObservationOutcome> {
  return retryOnConflict(() => prisma.$transaction((tx) => record(tx, input), { timeout: 10_000 }));
}

async function record(tx: Tx, input: ObservationInput): Promise<ObservationOutcome> {
  // A concurrent insert of the same event waits here for the other to commit, then skips.
  const [inserted] = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO listing_observations (id, listing_id, source, source_event_id, state, details, observed_at)
    VALUES (gen_random_uuid(), ${input.listingId}::uuid, ${input.source}::"ObservationSource", ${input.sourceEventId},
            ${input.state}::"ListingState", ${JSON.stringify(input.details ?? {})}::jsonb, ${input.observedAt})
    ON CONFLICT (listing_id, source_event_id) DO NOTHING
    RETURNING id`;
  if (!inserted) return { status: "duplicate" };

  for (let attempt = 0; attempt < MAX_CAS_ATTEMPTS; attempt++) {
    // One indexed read (the listing with its outlet's chain and its channel's code).
    const [listing] = await tx.$queryRaw<CurrentListing[]>`
      SELECT l.version, l.observed_state AS "observedState", l.observed_at AS "observedAt", l.state_since AS "stateSince",
             l.restaurant_id AS "restaurantId", r.chain_id AS "chainId", c.code AS "channelCode"
      FROM listings l JOIN restaurants r ON r.id = l.restaurant_id JOIN sales_channels c ON c.id = l.channel_id
      WHERE l.id = ${input.listingId}::uuid`;
    if (!listing) throw new Error(`listing ${input.listingId} does not exist`);
    if (listing.observedAt && input.observedAt < listing.observedAt) return { status: "stale", observationId: inserted.id };

    const changed = listing.observedState !== input.state || listing.stateSince === null;
    const since = changed ? input.observedAt : listing.stateSince!;
    // Read committed: if another observation moved the version meanwhile, this matches no
    // row (after waiting for its commit) and the loop reads the new state.
    const count = await tx.$executeRaw`
      UPDATE listings
      SET observed_state = ${input.state}::"ListingState", observed_at = ${input.observedAt}, state_since = ${since},
          orderable_item_ids = COALESCE(${input.orderableItemIds ?? null}::uuid[], orderable_item_ids), version = version + 1
      WHERE id = ${input.listingId}::uuid AND version = ${listing.version}`;
    if (count === 0) continue;

    if (changed) {
      await tx.listingStateSpan.updateMany({ where: { listingId: input.listingId, endedAt: null }, data: { endedAt: input.observedAt } });
      await tx.listingStateSpan.create({ data: { listingId: input.listingId, state: input.state, startedAt: input.observedAt } });
      const chainId = listing.chainId;
      if (chainId) {
        await publishLiveEvent(
          tx,
          { chainId, restaurantId: listing.restaurantId },
          {
            type: "monitoring.listing",
            data: {
              listingId: input.listingId,
              restaurantId: listing.restaurantId,
              channelCode: listing.channelCode,
              state: input.state,
              since: since.toISOString(),
              version: listing.version + 1,
            },
          },
        );
      }
    }
    if (changed || input.orderableItemIds) await requestEvaluation(tx, listing.restaurantId);
    return { status: "applied", observationId: inserted.id, changed, version: listing.version + 1 };
  }
  throw new Error(`listing ${input.listingId}: too many concurrent observations`);
}
