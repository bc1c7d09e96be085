import { describe, expect, it } from "vitest";
import { findDiscrepancies } from "@/lib/monitoring/find-discrepancies";
import { deriveInternalState } from "@/lib/monitoring/derive-internal-state";
import type { ListingSnapshot, OutletSnapshot } from "@/lib/monitoring/load-outlet-snapshots";

const NOW = new Date("2026-11-23T12:00:00Z");

function listing(over: Partial<ListingSnapshot> = {}): ListingSnapshot {
  return { id: "l-uber", channelCode: "ubereats-sim", channelKind: "PARTNER", observedState: "ONLINE", observedAt: NOW, orderableItemIds: [], version: 1, recentChanges: 1, ...over };
}

function outlet(over: Partial<OutletSnapshot> = {}): OutletSnapshot {
  return {
    id: "r1",
    chainId: "c1",
    name: "Outlet",
    status: "OPEN",
    statusReason: null,
    orderability: { orderable: true, reason: null, closesAt: new Date(NOW.getTime() + 3_600_000), prepMinutes: 15 },
    hoursOpen: true,
    lastHeartbeatAt: null,
    menuEmpty: false,
    soldOutItemIds: new Set(),
    failedOrders: 0,
    latestOrderFailed: false,
    listings: [listing()],
    ...over,
  };
}

const rules = (o: OutletSnapshot) => findDiscrepancies(o, NOW).map((d) => d.dedupeKey).sort();

describe("findDiscrepancies", () => {
  it("finds nothing when the outlet is open and every listing online", () => {
    expect(rules(outlet())).toEqual([]);
  });

  it("(a) one outlet-wide discrepancy when staff pause during hours, per listing otherwise", () => {
    const paused = outlet({ status: "PAUSED", orderability: { orderable: false, reason: "paused", closesAt: new Date(), prepMinutes: 15 }, listings: [listing({ observedState: "PAUSED" })] });
    expect(rules(paused)).toEqual(["offline_while_open:r1"]);
    expect(rules(outlet({ listings: [listing({ observedState: "OFFLINE" })] }))).toEqual(["offline_while_open:l-uber"]);
    // Not expected open in the last minutes before closing, nor outside hours.
    expect(rules(outlet({ orderability: { orderable: false, reason: "closing_soon", closesAt: new Date(), prepMinutes: 15 }, listings: [listing({ observedState: "OFFLINE" })] }))).toEqual([]);
    // UNKNOWN is no evidence either way.
    expect(rules(outlet({ listings: [listing({ observedState: "UNKNOWN" })] }))).toEqual([]);
  });

  it("(b) online while outside hours or declared closed", () => {
    expect(rules(outlet({ hoursOpen: false }))).toEqual(["online_while_closed:l-uber"]);
    expect(rules(outlet({ status: "CLOSED" }))).toEqual(["offline_while_open:r1", "online_while_closed:l-uber"]);
  });

  it("(c), (d), (e), (f)", () => {
    expect(rules(outlet({ soldOutItemIds: new Set(["i1"]), listings: [listing({ orderableItemIds: ["i1", "i2"] })] }))).toEqual(["item_mismatch:l-uber"]);
    expect(rules(outlet({ lastHeartbeatAt: new Date(NOW.getTime() - 91_000) }))).toEqual(["heartbeat_lost:r1"]);
    expect(rules(outlet({ lastHeartbeatAt: new Date(NOW.getTime() - 89_000) }))).toEqual([]);
    expect(rules(outlet({ failedOrders: 2, latestOrderFailed: true }))).toEqual(["soft_offline:r1"]);
    expect(rules(outlet({ failedOrders: 2, latestOrderFailed: false }))).toEqual([]);
    expect(rules(outlet({ listings: [listing({ recentChanges: 4 })] }))).toEqual(["flapping:l-uber"]);
  });
});

describe("deriveInternalState", () => {
  it("is online when orderable with something on the menu, paused when staff paused, offline otherwise", () => {
    expect(deriveInternalState(outlet(), NOW).state).toBe("ONLINE");
    expect(deriveInternalState(outlet({ menuEmpty: true }), NOW)).toMatchObject({ state: "OFFLINE", details: { reason: "menu_empty" } });
    expect(deriveInternalState(outlet({ orderability: { orderable: false, reason: "paused", closesAt: null, prepMinutes: 15 } }), NOW).state).toBe("PAUSED");
    expect(deriveInternalState(outlet({ orderability: { orderable: false, reason: "outside_hours", closesAt: null, prepMinutes: 15 } }), NOW).state).toBe("OFFLINE");
  });
});
