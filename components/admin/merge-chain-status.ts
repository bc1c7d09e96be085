// The dashboard's copy of a chain's status moves two ways: live events (each outlet status or
// listing change carries its row's version) and snapshots read again from the API. Whichever
// arrives last, the higher version of an outlet's declared status and of a listing wins, so a
// snapshot read just before an event cannot undo it.
import type { ListingStateMessage, OutletStatusMessage } from "@/lib/events/live-event-types";
import type { ChainStatus, OutletStatus } from "./monitoring-api";

type Listing = OutletStatus["listings"][number];

const newerListing = (mine: Listing, other: Pick<Listing, "state" | "since" | "version">): Listing =>
  other.version > mine.version ? { ...mine, state: other.state, since: other.since, version: other.version } : mine;

const newerDeclared = (mine: OutletStatus, other: Pick<OutletStatus, "declaredStatus" | "statusReason" | "statusUntil" | "version">): OutletStatus =>
  other.version > mine.version
    ? { ...mine, declaredStatus: other.declaredStatus, statusReason: other.statusReason, statusUntil: other.statusUntil, version: other.version }
    : mine;

function mapOutlet(status: ChainStatus, restaurantId: string, update: (outlet: OutletStatus) => OutletStatus): ChainStatus {
  return { ...status, outlets: status.outlets.map((o) => (o.id === restaurantId ? update(o) : o)) };
}

export function applyListingChange(status: ChainStatus | undefined, change: ListingStateMessage): ChainStatus | undefined {
  if (!status) return status;
  return mapOutlet(status, change.restaurantId, (o) => ({ ...o, listings: o.listings.map((l) => (l.id === change.listingId ? newerListing(l, change) : l)) }));
}

export function applyOutletStatusChange(status: ChainStatus | undefined, change: OutletStatusMessage): ChainStatus | undefined {
  if (!status) return status;
  return mapOutlet(status, change.restaurantId, (o) => newerDeclared(o, change));
}

/** A snapshot read again, keeping whatever this copy already holds at a higher version. */
export function mergeChainStatus(previous: ChainStatus | undefined, next: ChainStatus): ChainStatus {
  if (!previous) return next;
  const before = new Map(previous.outlets.map((o) => [o.id, o]));
  return {
    ...next,
    outlets: next.outlets.map((outlet) => {
      const held = before.get(outlet.id);
      if (!held) return outlet;
      const listingsHeld = new Map(held.listings.map((l) => [l.id, l]));
      const merged = newerDeclared(outlet, held);
      return { ...merged, listings: outlet.listings.map((l) => (listingsHeld.has(l.id) ? newerListing(l, listingsHeld.get(l.id)!) : l)) };
    }),
  };
}
