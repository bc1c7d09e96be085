// Rules (a)–(f) as one pure function over an outlet's snapshot: which discrepancies exist
// right now. Grace periods and incidents are applied afterwards (apply-discrepancies.ts),
// so this can be unit-tested against any instant.
import type { OutletSnapshot } from "@/lib/monitoring/load-outlet-snapshots";
import { FLAP_CHANGES, HEARTBEAT_STALE_MS, SOFT_OFFLINE_FAILURES, type RuleId } from "@/lib/monitoring/rules";

export interface Discrepancy {
  rule: RuleId;
  /** One ongoing discrepancy: the rule and the listing (or the outlet, for outlet-wide ones). */
  dedupeKey: string;
  restaurantId: string;
  listingId: string | null;
  details: Record<string, unknown>;
}

export const dedupeKeyOf = (rule: RuleId, subjectId: string) => `${rule}:${subjectId}`;

export function findDiscrepancies(outlet: OutletSnapshot, now: Date): Discrepancy[] {
  const found: Discrepancy[] = [];
  const add = (rule: RuleId, listingId: string | null, details: Record<string, unknown>) =>
    found.push({ rule, dedupeKey: dedupeKeyOf(rule, listingId ?? outlet.id), restaurantId: outlet.id, listingId, details });

  const declaredOpen = outlet.status === "OPEN" || outlet.status === "BUSY";
  // Expected open: inside opening hours with time left to cook an order.
  const shouldBeOpen = outlet.hoursOpen && outlet.orderability.reason !== "closing_soon";

  // (a) Should be open: staff pausing or closing the whole outlet is one outlet-wide
  // discrepancy; otherwise each listing that is offline or paused is one.
  if (shouldBeOpen && !declaredOpen) {
    add("offline_while_open", null, { declaredStatus: outlet.status, reason: outlet.statusReason });
  }
  for (const listing of outlet.listings) {
    const channel = { channelCode: listing.channelCode, observedState: listing.observedState };
    if (shouldBeOpen && declaredOpen && (listing.observedState === "OFFLINE" || listing.observedState === "PAUSED")) {
      add("offline_while_open", listing.id, { ...channel, menuEmpty: outlet.menuEmpty });
    }
    // (b) Taking orders the kitchen does not expect.
    if (listing.observedState === "ONLINE" && (!outlet.hoursOpen || !declaredOpen)) {
      add("online_while_closed", listing.id, { ...channel, declaredStatus: outlet.status, hoursOpen: outlet.hoursOpen });
    }
    // (c) Sold out in the kitchen, still orderable on the channel.
    const soldOut = listing.observedState === "ONLINE" ? listing.orderableItemIds.filter((id) => outlet.soldOutItemIds.has(id)) : [];
    if (soldOut.length > 0) add("item_mismatch", listing.id, { ...channel, itemIds: soldOut.sort() });
    // (f) Flapping.
    if (listing.recentChanges >= FLAP_CHANGES) add("flapping", listing.id, { ...channel, changes: listing.recentChanges });
  }

  // (d) The kitchen screen went quiet while the outlet should be taking orders. An outlet
  // that never ran a kitchen screen has no heartbeat to lose.
  const heartbeatAgeMs = outlet.lastHeartbeatAt ? now.getTime() - outlet.lastHeartbeatAt.getTime() : null;
  if (shouldBeOpen && declaredOpen && heartbeatAgeMs !== null && heartbeatAgeMs > HEARTBEAT_STALE_MS) {
    add("heartbeat_lost", null, { lastHeartbeatAt: outlet.lastHeartbeatAt!.toISOString() });
  }

  // (e) Soft offline: looks open, but the latest orders were rejected or timed out.
  if (declaredOpen && outlet.hoursOpen && outlet.latestOrderFailed && outlet.failedOrders >= SOFT_OFFLINE_FAILURES) {
    add("soft_offline", null, { failedOrders: outlet.failedOrders });
  }
  return found;
}
