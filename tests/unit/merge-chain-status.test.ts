// The dashboard's chain status: live events and re-read snapshots, whichever comes last, keep
// the higher version of each outlet's declared status and each listing.
import { describe, expect, it } from "vitest";
import { applyListingChange, applyOutletStatusChange, mergeChainStatus } from "@/components/admin/merge-chain-status";
import type { ChainStatus, OutletStatus } from "@/components/admin/monitoring-api";

const listing = { id: "l1", channelCode: "swifteats", channelName: "Swift Eats", channelKind: "MARKETPLACE", state: "ONLINE", observedAt: null, since: "2026-12-03T10:00:00.000Z", version: 3 } as const;

function outlet(overrides: Partial<OutletStatus> = {}): OutletStatus {
  return {
    id: "r1",
    name: "Centrum",
    address: "Damrak 1",
    city: "Amsterdam",
    lat: 52.37,
    lng: 4.89,
    health: "ok",
    expectedOpen: true,
    declaredStatus: "OPEN",
    version: 5,
    statusReason: null,
    statusUntil: null,
    orderable: true,
    closedReason: null,
    lastHeartbeatAt: null,
    heartbeatFresh: null,
    openIncidents: 0,
    worstSeverity: null,
    pendingSignals: 0,
    listings: [{ ...listing }],
    ...overrides,
  } as OutletStatus;
}

const status = (outlets: OutletStatus[]): ChainStatus =>
  ({ chain: { id: "c1", name: "Chain" }, generatedAt: "2026-12-03T10:00:00.000Z", cursor: "100", counts: { ok: 1, warning: 0, incident: 0, closed: 0 }, outlets }) as ChainStatus;

const paused = { restaurantId: "r1", declaredStatus: "PAUSED", statusReason: "Oven", statusUntil: null, busyExtraMinutes: 0, version: 6 } as const;

describe("chain status on the dashboard", () => {
  it("applies a newer declared status and ignores an older or repeated one", () => {
    const after = applyOutletStatusChange(status([outlet()]), paused)!;
    expect(after.outlets[0]).toMatchObject({ declaredStatus: "PAUSED", statusReason: "Oven", version: 6 });
    expect(applyOutletStatusChange(after, { ...paused, declaredStatus: "OPEN", version: 6 })!.outlets[0]!.declaredStatus).toBe("PAUSED");
    expect(applyOutletStatusChange(after, { ...paused, declaredStatus: "OPEN", version: 4 })!.outlets[0]!.declaredStatus).toBe("PAUSED");
  });

  it("a snapshot read before the event does not undo it; a newer snapshot wins", () => {
    const live = applyOutletStatusChange(status([outlet()]), paused)!;
    const older = status([outlet({ health: "incident", openIncidents: 1 })]);
    const merged = mergeChainStatus(live, older);
    expect(merged.outlets[0]).toMatchObject({ declaredStatus: "PAUSED", version: 6, health: "incident", openIncidents: 1 });
    const newer = status([outlet({ declaredStatus: "OPEN", version: 7 })]);
    expect(mergeChainStatus(merged, newer).outlets[0]).toMatchObject({ declaredStatus: "OPEN", version: 7 });
  });

  it("keeps the newer listing state either way", () => {
    const live = applyListingChange(status([outlet()]), { listingId: "l1", restaurantId: "r1", channelCode: "swifteats", state: "PAUSED", since: "2026-12-03T10:05:00.000Z", version: 4 })!;
    expect(live.outlets[0]!.listings[0]).toMatchObject({ state: "PAUSED", version: 4 });
    expect(mergeChainStatus(live, status([outlet()])).outlets[0]!.listings[0]).toMatchObject({ state: "PAUSED", version: 4 });
    const newer = status([outlet({ listings: [{ ...listing, state: "ONLINE", version: 5 }] })]);
    expect(mergeChainStatus(live, newer).outlets[0]!.listings[0]).toMatchObject({ state: "ONLINE", version: 5 });
  });

  it("takes a first snapshot as it is", () => {
    const first = status([outlet()]);
    expect(mergeChainStatus(undefined, first)).toBe(first);
  });
});
