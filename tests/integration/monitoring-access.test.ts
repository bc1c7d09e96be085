// Who may see and do what in chain monitoring: a chain admin only their own chain (403 for
// another chain's outlets, incidents and actions, with nothing changed), a platform admin
// every chain; partners only with their channel's key (401), only valid bodies (400), and
// nothing written when refused. And the remote resume limit.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { setOutletStatus } from "@/lib/availability/set-outlet-status";
import { acknowledgeIncident } from "@/lib/monitoring/acknowledge-incident";
import { channelForApiKey } from "@/lib/monitoring/channel-api-key";
import { commentOnIncident } from "@/lib/monitoring/comment-on-incident";
import { getChainOutletStatus } from "@/lib/monitoring/get-chain-outlet-status";
import { listChainIncidents } from "@/lib/monitoring/list-chain-incidents";
import { pushObservation } from "@/lib/monitoring/push-observation";
import { resolveIncident } from "@/lib/monitoring/resolve-incident";
import { resumeOutletFromAdmin } from "@/lib/monitoring/resume-outlet-from-admin";
import { setAlertSubscription } from "@/lib/monitoring/set-alert-subscription";
import { createActor } from "../support/fixtures";
import { statusOf } from "../support/status-of";
import { monitoredOutlet, outletWithIncident, PARTNER_KEY } from "../support/monitoring";

describe("monitoring access", () => {
  it("a chain admin gets 403 on another chain's outlets, incidents and actions, and changes nothing", async () => {
    const mine = await monitoredOutlet({ codes: ["swifteats"] });
    const theirs = await outletWithIncident();
    const me = mine.admin;
    const calls = [
      () => getChainOutletStatus(me, theirs.chainId),
      () => listChainIncidents(me, theirs.chainId, {}),
      () => acknowledgeIncident(me, theirs.incident.id),
      () => resolveIncident(me, theirs.incident.id, {}),
      () => commentOnIncident(me, theirs.incident.id, { body: "Not my outlet" }),
      () => resumeOutletFromAdmin(me, theirs.restaurant.id),
      () => setAlertSubscription(me, { restaurantIds: [theirs.restaurant.id] }),
    ];
    const statuses = [];
    for (const call of calls) statuses.push(await statusOf(call()));
    expect(statuses).toEqual([403, 403, 403, 403, 403, 403, 400]);
    // Unknown ids answer a chain admin like another chain's (no probing).
    expect(await statusOf(acknowledgeIncident(me, randomUUID()))).toBe(403);
    expect(await statusOf(getChainOutletStatus(me, randomUUID()))).toBe(403);

    expect(await prisma.incident.findUniqueOrThrow({ where: { id: theirs.incident.id } })).toMatchObject({ state: "OPEN", version: 0 });
    expect(await prisma.incidentComment.count({ where: { incidentId: theirs.incident.id } })).toBe(0);
    expect(await prisma.restaurant.findUniqueOrThrow({ where: { id: theirs.restaurant.id } })).toMatchObject({ declaredStatus: "PAUSED" });
    expect(await prisma.alertSubscription.count({ where: { userId: me.userId } })).toBe(0);

    // Their own admin, and a platform admin, may.
    expect((await getChainOutletStatus(theirs.admin, theirs.chainId)).outlets[0]).toMatchObject({ health: "incident", openIncidents: 1 });
    const platform = await createActor("PLATFORM_ADMIN");
    expect((await listChainIncidents(platform, theirs.chainId, { state: "open" })).map((i) => i.id)).toEqual([theirs.incident.id]);
    expect(await statusOf(acknowledgeIncident(platform, randomUUID()))).toBe(404);
  });

  it("staff, customers and drivers get 403 from every monitoring function", async () => {
    const theirs = await outletWithIncident();
    for (const role of ["RESTAURANT_STAFF", "CUSTOMER", "DRIVER"] as const) {
      const actor: Actor = role === "RESTAURANT_STAFF" ? theirs.staff : await createActor(role);
      expect(await statusOf(getChainOutletStatus(actor, theirs.chainId))).toBe(403);
      expect(await statusOf(acknowledgeIncident(actor, theirs.incident.id))).toBe(403);
      expect(await statusOf(resumeOutletFromAdmin(actor, theirs.restaurant.id))).toBe(403);
    }
  });

  it("incident actions: acknowledge, comment, resolve by hand (409 when already resolved)", async () => {
    const { admin, incident } = await outletWithIncident();
    expect(await acknowledgeIncident(admin, incident.id)).toMatchObject({ state: "ACKNOWLEDGED" });
    expect(await acknowledgeIncident(admin, incident.id)).toMatchObject({ state: "ACKNOWLEDGED" });
    await commentOnIncident(admin, incident.id, { body: "Called the outlet: oven repair at 14:00" });
    expect(await statusOf(commentOnIncident(admin, incident.id, { body: "  " }))).toBe(400);
    const resolved = await resolveIncident(admin, incident.id, { note: "Known, handled by phone" });
    expect(resolved).toMatchObject({ state: "RESOLVED", resolution: "manual", commentCount: 2 });
    expect(await statusOf(resolveIncident(admin, incident.id, {}))).toBe(409);
    expect(await statusOf(acknowledgeIncident(admin, incident.id))).toBe(409);
  });

  it("refuses the third remote resume of one outlet within an hour (409), even when racing", async () => {
    const { admin, staff, restaurant } = await monitoredOutlet({ codes: ["swifteats"] });
    const pause = () => setOutletStatus(staff, restaurant.id, { status: "PAUSED", reason: "Rush" });
    await pause();
    expect(await resumeOutletFromAdmin(admin, restaurant.id)).toMatchObject({ declaredStatus: "OPEN" });
    await pause();
    // Two resumes at once: only one fits under the limit.
    const statuses = await Promise.all([statusOf(resumeOutletFromAdmin(admin, restaurant.id)), statusOf(resumeOutletFromAdmin(admin, restaurant.id))]);
    expect(statuses.sort()).toEqual([200, 409]);
    await pause();
    expect(await statusOf(resumeOutletFromAdmin(admin, restaurant.id))).toBe(409);
    expect(await prisma.restaurant.findUniqueOrThrow({ where: { id: restaurant.id } })).toMatchObject({ declaredStatus: "PAUSED" });
    // Same path as staff: an availability report with the admin as actor.
    const reports = await prisma.availabilityReport.findMany({ where: { restaurantId: restaurant.id, kind: "OUTLET_OPENED" } });
    expect(reports.map((r) => r.actorId)).toEqual([admin.userId, admin.userId]);
  });

  it("partner observations: 401 without a valid key, 400 for a bad body, 404 off the key's channel, nothing written", async () => {
    const { listings } = await monitoredOutlet({ codes: ["swifteats", "ubereats-sim"] });
    const uber = listings["ubereats-sim"]!;
    expect(await statusOf(channelForApiKey(null))).toBe(401);
    expect(await statusOf(channelForApiKey("wrong-key"))).toBe(401);
    const channel = await channelForApiKey(PARTNER_KEY);
    const good = { eventId: "evt-1", state: "OFFLINE", observedAt: new Date().toISOString() };
    const bad = [
      {},
      { ...good, state: "SLEEPING" },
      { ...good, observedAt: "yesterday" },
      { ...good, observedAt: new Date(Date.now() + 3_600_000).toISOString() },
      { ...good, orderableItemIds: ["not-a-uuid"] },
      { ...good, extra: true },
    ];
    for (const body of bad) expect(await statusOf(pushObservation(channel, uber.id, body))).toBe(400);
    expect(await statusOf(pushObservation(channel, "not-a-uuid", good))).toBe(400);
    expect(await statusOf(pushObservation(channel, listings.swifteats!.id, good))).toBe(404);
    expect(await prisma.listingObservation.count({ where: { listingId: { in: [uber.id, listings.swifteats!.id] } } })).toBe(0);

    expect(await pushObservation(channel, uber.id, good)).toMatchObject({ status: "applied", changed: true });
    expect(await pushObservation(channel, uber.id, good)).toEqual({ status: "duplicate" });
    expect(await prisma.listingObservation.count({ where: { listingId: uber.id } })).toBe(1);
  });
});
