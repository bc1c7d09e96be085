// Chain monitoring rules (a)–(f) against real PostgreSQL: each opens an incident only after
// its grace period, dated from when the discrepancy began, and resolves by itself when the
// states agree again. Time is passed to the evaluator, never waited for.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { setOutletStatus } from "@/lib/availability/set-outlet-status";
import { evaluateOutlets } from "@/lib/monitoring/evaluate-outlets";
import { recordObservation } from "@/lib/monitoring/record-observation";
import { monitoredOutlet, openIncidents, testClock } from "../support/monitoring";

describe("monitoring rules", () => {
  it("(a) a staff pause during opening hours opens one outlet-wide incident after the grace period, resolved on reopening", async () => {
    const { restaurant, staff } = await monitoredOutlet({ codes: ["swifteats", "table"] });
    const clock = testClock();
    await evaluateOutlets([restaurant.id], clock.at(0));
    expect(await openIncidents(restaurant.id)).toHaveLength(0);

    await setOutletStatus(staff, restaurant.id, { status: "PAUSED", reason: "Oven broken" });
    await evaluateOutlets([restaurant.id], clock.at(1));
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
});
