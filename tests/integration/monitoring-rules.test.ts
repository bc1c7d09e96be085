// Chain monitoring rules (a)–(f) against real PostgreSQL: each opens an incident only after
// its grace period, dated from when the discrepancy began, and resolves by itself when the
// states agree again. Time is passed to the evaluator, never waited for.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { setOutletStatus } from "@/lib/availability/set-outlet-status";
import { evaluateOutlets } from "@/lib/monitoring/evaluate-outlets";
import { recordObservation, type ObservationInput } from "@/lib/monitoring/record-observation";
import { setItemAvailability } from "@/lib/availability/set-item-availability";
import { recordKitchenHeartbeat } from "@/lib/kitchen/record-kitchen-heartbeat";
import { acceptOrder } from "@/lib/kitchen/accept-order";
import { createDiningTable, createTableOrder } from "../support/fixtures";
import { monitoredOutlet, openIncidents, testClock } from "../support/monitoring";

let event = 0;
/** A partner feed observation of a listing at a given instant. */
const observe = (listingId: string, state: ObservationInput["state"], observedAt: Date, orderableItemIds?: string[]) =>
  recordObservation({ listingId, source: "FEED", sourceEventId: `test-${++event}`, state, observedAt, orderableItemIds });

describe("monitoring rules", () => {
  it("(a) a staff pause during opening hours opens one outlet-wide incident after the grace period, resolved on reopening", async () => {
    const { restaurant, staff } = await monitoredOutlet({ codes: ["swifteats", "table"] });
    const clock = testClock();
    await evaluateOutlets([restaurant.id], clock.at(0));
    expect(await openIncidents(restaurant.id)).toHaveLength(0);

    await setOutletStatus(staff, restaurant.id, { status: "PAUSED", reason: "Oven broken" });
    const first = await evaluateOutlets([restaurant.id], clock.at(1));
    // The worker evaluates the outlet again exactly when the grace period runs out.
    expect(first.graceEnds.get(restaurant.id)).toEqual(clock.at(301));
    const listings = await prisma.listing.findMany({ where: { restaurantId: restaurant.id } });
    expect(listings.map((l) => l.observedState)).toEqual(["PAUSED", "PAUSED"]);
    // Within the grace period (300 s): a signal, no incident.
    await evaluateOutlets([restaurant.id], clock.at(200));
    expect(await openIncidents(restaurant.id)).toHaveLength(0);
    expect(await prisma.discrepancySignal.count({ where: { restaurantId: restaurant.id } })).toBe(1);

    await evaluateOutlets([restaurant.id], clock.at(302));
    const [incident] = await openIncidents(restaurant.id);
    expect(incident).toMatchObject({ rule: "offline_while_open", listingId: null, severity: "HIGH", state: "OPEN" });
    expect(incident!.startedAt).toEqual(clock.at(1));

    await setOutletStatus(staff, restaurant.id, { status: "OPEN" });
    await evaluateOutlets([restaurant.id], clock.at(400));
    expect(await openIncidents(restaurant.id)).toHaveLength(0);
    const resolved = await prisma.incident.findUniqueOrThrow({ where: { id: incident!.id } });
    expect(resolved).toMatchObject({ state: "RESOLVED", resolution: "auto", resolvedAt: clock.at(400) });
    const spans = await prisma.listingStateSpan.findMany({ where: { listingId: listings[0]!.id }, orderBy: { startedAt: "asc" } });
    expect(spans.map((s) => s.state)).toEqual(["ONLINE", "PAUSED", "ONLINE"]);
  });

  it("(a) a partner listing offline while the outlet is open opens a per-listing incident", async () => {
    const { restaurant, listings } = await monitoredOutlet({ codes: ["swifteats", "ubereats-sim"] });
    const clock = testClock();
    const uber = listings["ubereats-sim"]!;
    await recordObservation({ listingId: uber.id, source: "FEED", sourceEventId: "e1", state: "OFFLINE", observedAt: clock.at(0) });
    await evaluateOutlets([restaurant.id], clock.at(0));
    await evaluateOutlets([restaurant.id], clock.at(301));
    const [incident] = await openIncidents(restaurant.id);
    expect(incident).toMatchObject({ rule: "offline_while_open", listingId: uber.id });
    await recordObservation({ listingId: uber.id, source: "FEED", sourceEventId: "e2", state: "ONLINE", observedAt: clock.at(310) });
    await evaluateOutlets([restaurant.id], clock.at(310));
    expect(await openIncidents(restaurant.id)).toHaveLength(0);
  });

  it("(b) a partner listing online outside opening hours opens an incident after 300 s, resolved when it goes offline", async () => {
    const { restaurant, listings } = await monitoredOutlet({ codes: ["swifteats", "ubereats-sim"] });
    await prisma.openingPeriod.deleteMany({ where: { restaurantId: restaurant.id } }); // never open
    const clock = testClock();
    const uber = listings["ubereats-sim"]!;
    await observe(uber.id, "ONLINE", clock.at(0));
    await evaluateOutlets([restaurant.id], clock.at(0));
    await evaluateOutlets([restaurant.id], clock.at(299));
    expect(await openIncidents(restaurant.id)).toHaveLength(0);
    await evaluateOutlets([restaurant.id], clock.at(301));
    const incidents = await openIncidents(restaurant.id);
    expect(incidents.map((i) => [i.rule, i.listingId, i.severity])).toEqual([["online_while_closed", uber.id, "MEDIUM"]]);
    await observe(uber.id, "OFFLINE", clock.at(320));
    await evaluateOutlets([restaurant.id], clock.at(320));
    expect(await openIncidents(restaurant.id)).toHaveLength(0);
  });

  it("(c) an item 86'd in the kitchen but orderable on a partner opens an incident after 600 s", async () => {
    const { restaurant, listings, item, staff } = await monitoredOutlet({ codes: ["swifteats", "ubereats-sim"] });
    const extra = await prisma.foodItem.create({ data: { restaurantId: restaurant.id, name: "Tiramisu", priceCents: 600 } });
    const clock = testClock();
    const uber = listings["ubereats-sim"]!;
    await observe(uber.id, "ONLINE", clock.at(0), [item.id, extra.id]);
    await setItemAvailability(staff, extra.id, { available: false, reason: "Sold out" });
    await evaluateOutlets([restaurant.id], clock.at(1));
    await evaluateOutlets([restaurant.id], clock.at(590));
    expect(await openIncidents(restaurant.id)).toHaveLength(0);
    await evaluateOutlets([restaurant.id], clock.at(602));
    const [incident] = await openIncidents(restaurant.id);
    expect(incident).toMatchObject({ rule: "item_mismatch", listingId: uber.id, severity: "LOW", details: { itemIds: [extra.id] } });
    await observe(uber.id, "ONLINE", clock.at(610), [item.id]);
    await evaluateOutlets([restaurant.id], clock.at(610));
    expect(await openIncidents(restaurant.id)).toHaveLength(0);
  });

  it("(d) a kitchen screen silent during opening hours opens an incident after 180 s, resolved by the next beat", async () => {
    const { restaurant, staff } = await monitoredOutlet({ codes: ["swifteats"] });
    const clock = testClock();
    await recordKitchenHeartbeat(staff, restaurant.id, clock.at(0));
    await evaluateOutlets([restaurant.id], clock.at(60));
    await evaluateOutlets([restaurant.id], clock.at(100)); // stale from here (> 90 s)
    await evaluateOutlets([restaurant.id], clock.at(279));
    expect(await openIncidents(restaurant.id)).toHaveLength(0);
    await evaluateOutlets([restaurant.id], clock.at(281));
    const [incident] = await openIncidents(restaurant.id);
    expect(incident).toMatchObject({ rule: "heartbeat_lost", listingId: null, severity: "HIGH" });
    await recordKitchenHeartbeat(staff, restaurant.id, clock.at(300));
    await evaluateOutlets([restaurant.id], clock.at(301));
    expect(await openIncidents(restaurant.id)).toHaveLength(0);
  });

  it("(e) orders left waiting past the accept timeout open a soft-offline incident, resolved once the kitchen accepts again", async () => {
    const { restaurant, staff, item } = await monitoredOutlet({ codes: ["swifteats", "table"] });
    const table = await createDiningTable(restaurant.id);
    await createTableOrder(table, item.id);
    const latest = await createTableOrder(table, item.id);
    const clock = testClock(latest.placedAt);
    await evaluateOutlets([restaurant.id], clock.at(200)); // still within the 5 min accept timeout
    await evaluateOutlets([restaurant.id], clock.at(302)); // both timed out: soft offline from here
    expect(await prisma.discrepancySignal.findMany({ where: { restaurantId: restaurant.id }, select: { rule: true } })).toEqual([{ rule: "soft_offline" }]);
    await evaluateOutlets([restaurant.id], clock.at(361));
    expect(await openIncidents(restaurant.id)).toHaveLength(0);
    await evaluateOutlets([restaurant.id], clock.at(363));
    const [incident] = await openIncidents(restaurant.id);
    expect(incident).toMatchObject({ rule: "soft_offline", severity: "CRITICAL", details: { failedOrders: 2 } });
    await acceptOrder(staff, latest.id, { prepMinutes: 10 });
    await evaluateOutlets([restaurant.id], clock.at(370));
    expect(await openIncidents(restaurant.id)).toHaveLength(0);
  });

  it("(f) a listing changing state four times within ten minutes is flapping, resolved once it settles", async () => {
    const { restaurant, listings } = await monitoredOutlet({ codes: ["swifteats", "ubereats-sim"] });
    const clock = testClock();
    const uber = listings["ubereats-sim"]!;
    for (const [i, state] of (["ONLINE", "OFFLINE", "ONLINE", "OFFLINE", "ONLINE"] as const).entries()) {
      await observe(uber.id, state, clock.at(i * 10));
    }
    await evaluateOutlets([restaurant.id], clock.at(41));
    const [incident] = await openIncidents(restaurant.id);
    expect(incident).toMatchObject({ rule: "flapping", listingId: uber.id, details: { changes: 5 } });
    await evaluateOutlets([restaurant.id], clock.at(41 + 600));
    expect(await openIncidents(restaurant.id)).toHaveLength(0);
  });

  it("honours a chain's rule settings: another grace period and severity, or the rule switched off", async () => {
    const { chainId, restaurant, staff } = await monitoredOutlet({ codes: ["swifteats"] });
    await prisma.ruleSetting.create({ data: { chainId, rule: "offline_while_open", graceSeconds: 10, severity: "CRITICAL" } });
    const clock = testClock();
    await setOutletStatus(staff, restaurant.id, { status: "PAUSED", reason: "Staff meeting" });
    await evaluateOutlets([restaurant.id], clock.at(0));
    await evaluateOutlets([restaurant.id], clock.at(11));
    expect((await openIncidents(restaurant.id)).map((i) => i.severity)).toEqual(["CRITICAL"]);

    await prisma.ruleSetting.update({ where: { chainId_rule: { chainId, rule: "offline_while_open" } }, data: { enabled: false } });
    await evaluateOutlets([restaurant.id], clock.at(20));
    expect(await openIncidents(restaurant.id)).toHaveLength(0);
  });
});
