// Observations and evaluations racing for real against PostgreSQL: duplicates are one
// event, out-of-order ones stay history, concurrent writers never lose a version, and any
// number of concurrent evaluators open one incident and send one alert.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { evaluateOutlets } from "@/lib/monitoring/evaluate-outlets";
import { recordObservation } from "@/lib/monitoring/record-observation";
import { monitoredOutlet, openIncidents, testClock } from "../support/monitoring";

describe("monitoring under concurrency", () => {
  it("concurrent duplicate observations are recorded once and open one incident", async () => {
    const { restaurant, listings, admin } = await monitoredOutlet({ codes: ["swifteats", "ubereats-sim"] });
    const uber = listings["ubereats-sim"]!;
    const clock = testClock();
    const offline = { listingId: uber.id, source: "PUSH" as const, sourceEventId: "partner-evt-1", state: "OFFLINE" as const, observedAt: clock.at(0) };
    const outcomes = await Promise.all(Array.from({ length: 12 }, () => recordObservation(offline)));
    expect(outcomes.filter((o) => o.status === "applied")).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === "duplicate")).toHaveLength(11);
    expect(await prisma.listingObservation.count({ where: { listingId: uber.id } })).toBe(1);

    // Many evaluators at once, past the grace period: one incident, one alert per recipient.
    await evaluateOutlets([restaurant.id], clock.at(0));
    await Promise.all(Array.from({ length: 8 }, () => evaluateOutlets([restaurant.id], clock.at(301))));
    const incidents = await openIncidents(restaurant.id);
    expect(incidents).toHaveLength(1);
    const alerts = await prisma.notification.findMany({ where: { incidentId: incidents[0]!.id }, select: { channel: true, userId: true, kind: true } });
    expect(alerts.sort((a, b) => a.channel.localeCompare(b.channel))).toEqual([
      { channel: "EMAIL", userId: admin.userId, kind: "opened" },
      { channel: "IN_APP", userId: admin.userId, kind: "opened" },
    ]);
  });

  it("different observations racing on one listing all land, in order, without losing a version", async () => {
    const { listings } = await monitoredOutlet({ codes: ["ubereats-sim"] });
    const uber = listings["ubereats-sim"]!;
    const clock = testClock();
    const states = ["ONLINE", "OFFLINE", "PAUSED", "ONLINE", "OFFLINE", "ONLINE", "PAUSED", "OFFLINE"] as const;
    const outcomes = await Promise.all(
      states.map((state, i) => recordObservation({ listingId: uber.id, source: "FEED", sourceEventId: `race-${i}`, state, observedAt: clock.at(i) })),
    );
    // Each one was recorded; those that arrived after a newer one are history only.
    expect(outcomes.every((o) => o.status === "applied" || o.status === "stale")).toBe(true);
    const applied = outcomes.filter((o) => o.status === "applied").length;
    const listing = await prisma.listing.findUniqueOrThrow({ where: { id: uber.id } });
    expect(listing.version).toBe(applied);
    expect(await prisma.listingObservation.count({ where: { listingId: uber.id } })).toBe(states.length);
    // The state is the newest observation's whatever the arrival order.
    expect(listing).toMatchObject({ observedState: "OFFLINE", observedAt: clock.at(7) });
    // Bands never overlap and exactly one is current.
    const spans = await prisma.listingStateSpan.findMany({ where: { listingId: uber.id }, orderBy: { startedAt: "asc" } });
    expect(spans.filter((s) => s.endedAt === null)).toHaveLength(1);
    expect(spans.at(-1)).toMatchObject({ state: "OFFLINE", endedAt: null });
  });

  it("an observation older than the listing's latest is kept as history and does not move the state back", async () => {
    const { listings } = await monitoredOutlet({ codes: ["ubereats-sim"] });
    const uber = listings["ubereats-sim"]!;
    const clock = testClock();
    await recordObservation({ listingId: uber.id, source: "FEED", sourceEventId: "new", state: "ONLINE", observedAt: clock.at(60) });
    const late = await recordObservation({ listingId: uber.id, source: "FEED", sourceEventId: "old", state: "OFFLINE", observedAt: clock.at(0) });
    expect(late.status).toBe("stale");
    expect(await prisma.listing.findUniqueOrThrow({ where: { id: uber.id } })).toMatchObject({ observedState: "ONLINE", version: 1 });
    expect(await prisma.listingObservation.count({ where: { listingId: uber.id } })).toBe(2);
  });
});
