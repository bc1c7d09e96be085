// Our own channels (this marketplace and the table tablets) are observed from our own data:
// can a customer order from the outlet right now (the orderability browse and checkout use),
// and is there anything on the menu to order. The heartbeat and order outcomes ride along as
// details; rules (d) and (e) judge them.
import type { ListingState } from "@/lib/generated/prisma/enums";
import type { OutletSnapshot } from "@/lib/monitoring/load-outlet-snapshots";
import { HEARTBEAT_STALE_MS, SOFT_OFFLINE_FAILURES } from "@/lib/monitoring/rules";

/** Channel kinds whose listings we observe ourselves rather than poll or get pushed. */
export const INTERNAL_CHANNEL_KINDS = new Set(["MARKETPLACE", "TABLE"]);

export interface InternalObservation {
  state: ListingState;
  details: { reason: string | null; menuEmpty: boolean; heartbeatFresh: boolean | null; softOffline: boolean };
}

export function deriveInternalState(outlet: OutletSnapshot, now: Date): InternalObservation {
  const { orderability } = outlet;
  const state: ListingState = orderability.reason === "paused" ? "PAUSED" : orderability.orderable && !outlet.menuEmpty ? "ONLINE" : "OFFLINE";
  return {
    state,
    details: {
      reason: orderability.reason ?? (outlet.menuEmpty ? "menu_empty" : null),
      menuEmpty: outlet.menuEmpty,
      heartbeatFresh: outlet.lastHeartbeatAt ? now.getTime() - outlet.lastHeartbeatAt.getTime() <= HEARTBEAT_STALE_MS : null,
      softOffline: outlet.latestOrderFailed && outlet.failedOrders >= SOFT_OFFLINE_FAILURES,
    },
  };
}
