// Alerts of incidents: exactly one "opened" email per incident and recipient (captured for
// the outbox) however many workers deliver at once, subscriptions and quiet hours, HMAC-signed
// webhooks retried with backoff until they get through, and the escalation reminder.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { setOutletStatus } from "@/lib/availability/set-outlet-status";
import { verifyWebhook } from "@/lib/payments/webhook-signature";
import { deliverNotifications, retryDelayMs } from "@/lib/monitoring/deliver-notifications";
import { escalateIncidents } from "@/lib/monitoring/escalate-incidents";
import { evaluateOutlets } from "@/lib/monitoring/evaluate-outlets";
import { acknowledgeIncident } from "@/lib/monitoring/acknowledge-incident";
import { setAlertSubscription } from "@/lib/monitoring/set-alert-subscription";
import { createActor } from "../support/fixtures";
import { monitoredOutlet, openIncidents, testClock } from "../support/monitoring";

/** A webhook receiver that answers 500 to the first `failures` deliveries. */
let failuresLeft = 0;
const received: { body: string; signature: string | null; event: string | null }[] = [];
const receiver = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    received.push({ body: Buffer.concat(chunks).toString(), signature: req.headers["x-swifteats-signature"] as string, event: req.headers["x-swifteats-event"] as string });
    if (failuresLeft-- > 0) res.writeHead(500).end();
    else res.writeHead(204).end();
  });
});
let receiverUrl = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", () => resolve()));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
});
afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

/** Pauses the outlet and evaluates past the grace period: one open incident. */
async function openPauseIncident(outlet: Awaited<ReturnType<typeof monitoredOutlet>>, clock = testClock()) {
  await setOutletStatus(outlet.staff, outlet.restaurant.id, { status: "PAUSED", reason: "Oven broken" });
  await evaluateOutlets([outlet.restaurant.id], clock.at(0));
  await evaluateOutlets([outlet.restaurant.id], clock.at(301));
  const [incident] = await openIncidents(outlet.restaurant.id);
  return incident!;
}

const emailsOf = (incidentId: string) =>
  prisma.capturedEmail.findMany({ where: { notification: { incidentId } }, include: { notification: { select: { kind: true, userId: true } } } });

describe("monitoring alerts", () => {
  it("sends exactly one 'opened' email per incident and admin, even with several deliverers at once, then one 'resolved'", async () => {
    const outlet = await monitoredOutlet({ codes: ["swifteats"] });
    const second = await createActor("CHAIN_ADMIN", { chainId: outlet.chainId });
    const clock = testClock();
    const incident = await openPauseIncident(outlet, clock);
    const deliver = (seconds: number) => deliverNotifications({ now: clock.at(seconds) });
    await Promise.all([deliver(301), deliver(301), deliver(301)]);
    await evaluateOutlets([outlet.restaurant.id], clock.at(302)); // still paused: nothing new
    await deliver(302);

    const opened = await emailsOf(incident.id);
    expect(opened.map((e) => [e.notification!.kind, e.to]).sort()).toEqual(
      [
        ["opened", outlet.admin.email],
        ["opened", second.email],
      ].sort(),
    );
    expect(opened[0]!.subject).toMatch(/^\[HIGH\] New incident: Offline during opening hours at /);
    expect(opened.every((e) => e.messageId)).toBe(true);
    // In-app, for each admin.
    expect(await prisma.notification.count({ where: { incidentId: incident.id, channel: "IN_APP", status: "SENT" } })).toBe(2);

    await setOutletStatus(outlet.staff, outlet.restaurant.id, { status: "OPEN" });
    await evaluateOutlets([outlet.restaurant.id], clock.at(400));
    await deliver(400);
    const all = await emailsOf(incident.id);
    expect(all.filter((e) => e.notification!.kind === "resolved")).toHaveLength(2);
    expect(all.filter((e) => e.notification!.kind === "opened")).toHaveLength(2);
  });

  it("writes each admin's email and in-app alert in their own language, the start in the outlet's time", async () => {
    const outlet = await monitoredOutlet({ codes: ["swifteats"] });
    const dutch = await createActor("CHAIN_ADMIN", { chainId: outlet.chainId });
    await prisma.user.update({ where: { id: dutch.userId }, data: { locale: "nl" } });
    const clock = testClock();
    const incident = await openPauseIncident(outlet, clock);
    await deliverNotifications({ now: clock.at(301) });

    const emails = await emailsOf(incident.id);
    const subjectTo = (email: string) => emails.find((e) => e.to === email)?.subject;
    expect(subjectTo(outlet.admin.email)).toMatch(/^\[HIGH\] New incident: Offline during opening hours at /);
    expect(subjectTo(dutch.email)).toMatch(/^\[HOOG\] Nieuw incident: Offline tijdens openingstijden bij /);
    const dutchEmail = emails.find((e) => e.to === dutch.email)!;
    expect(dutchEmail.text).toContain("Ernst: HOOG. Begonnen: ");
    expect(dutchEmail.text).toMatch(/Tot nu toe \d+ min open\./);
    const inApp = await prisma.notification.findFirstOrThrow({ where: { incidentId: incident.id, userId: dutch.userId, channel: "IN_APP" } });
    expect(inApp.subject).toBe(dutchEmail.subject);
  });

  it("follows subscriptions: outlets, minimum severity, email off, quiet hours", async () => {
    const outlet = await monitoredOutlet({ codes: ["swifteats"] });
    const picky = await createActor("CHAIN_ADMIN", { chainId: outlet.chainId });
    const quiet = await createActor("CHAIN_ADMIN", { chainId: outlet.chainId });
    const noEmail = await createActor("CHAIN_ADMIN", { chainId: outlet.chainId });
    await setAlertSubscription(picky, { minSeverity: "CRITICAL" });
    // Quiet for the coming hour (UTC; the window may wrap past midnight).
    const nowMinute = new Date().getUTCHours() * 60 + new Date().getUTCMinutes();
    await setAlertSubscription(quiet, { quietStartMinute: nowMinute, quietEndMinute: (nowMinute + 60) % 1440, timeZone: "UTC" });
    await setAlertSubscription(noEmail, { email: false });

    const incident = await openPauseIncident(outlet);
    const alerts = await prisma.notification.findMany({ where: { incidentId: incident.id }, select: { userId: true, channel: true } });
    const channelsOf = (userId: string) => alerts.filter((a) => a.userId === userId).map((a) => a.channel).sort();
    expect(channelsOf(outlet.admin.userId)).toEqual(["EMAIL", "IN_APP"]);
    expect(channelsOf(picky.userId)).toEqual([]); // HIGH < CRITICAL
    expect(channelsOf(quiet.userId)).toEqual(["IN_APP"]);
    expect(channelsOf(noEmail.userId)).toEqual(["IN_APP"]);
  });

  it("signs webhooks with the endpoint's secret and retries with backoff until one gets through", async () => {
    const outlet = await monitoredOutlet({ codes: ["swifteats"] });
    const secret = "whsec_monitoring_test";
    const hook = await prisma.webhookEndpoint.create({ data: { chainId: outlet.chainId, url: receiverUrl, secret } });
    received.length = 0;
    failuresLeft = 2;
    const clock = testClock();
    const incident = await openPauseIncident(outlet, clock);
    const row = () => prisma.notification.findFirstOrThrow({ where: { incidentId: incident.id, webhookId: hook.id } });

    const t0 = clock.at(301);
    expect(await deliverNotifications({ now: t0 })).toMatchObject({ retrying: 1 });
    expect(await row()).toMatchObject({ status: "PENDING", attempts: 1, nextAttemptAt: new Date(t0.getTime() + retryDelayMs(1)) });
    // Not due yet: nothing is sent.
    expect(await deliverNotifications({ now: new Date(t0.getTime() + 1000) })).toEqual({ sent: 0, retrying: 0, failed: 0 });
    const t1 = new Date(t0.getTime() + retryDelayMs(1));
    expect(await deliverNotifications({ now: t1 })).toMatchObject({ retrying: 1 });
    expect((await row()).nextAttemptAt).toEqual(new Date(t1.getTime() + retryDelayMs(2)));
    expect(await deliverNotifications({ now: new Date(t1.getTime() + retryDelayMs(2)) })).toMatchObject({ sent: 1 });
    expect(await row()).toMatchObject({ status: "SENT", attempts: 3 });

    expect(received).toHaveLength(3);
    for (const delivery of received) {
      expect(delivery.event).toBe("incident.opened");
      expect(verifyWebhook(delivery.body, delivery.signature, secret)).toBe(true);
      expect(verifyWebhook(delivery.body, delivery.signature, "another-secret")).toBe(false);
    }
    expect(JSON.parse(received[0]!.body)).toMatchObject({ type: "incident.opened", incident: { id: incident.id, rule: "offline_while_open" } });
  });

  it("escalates an incident nobody acknowledged, once; an acknowledged one is not escalated", async () => {
    const a = await monitoredOutlet({ codes: ["swifteats"] });
    const b = await monitoredOutlet({ codes: ["swifteats"] });
    const clock = testClock();
    const ignored = await openPauseIncident(a, clock);
    const handled = await openPauseIncident(b, clock);
    await acknowledgeIncident(b.admin, handled.id);

    const later = new Date(clock.at(0).getTime() + 121 * 60_000);
    const [first, second] = await Promise.all([escalateIncidents(later), escalateIncidents(later)]);
    expect([...first!, ...second!].filter((id) => id === ignored.id || id === handled.id)).toEqual([ignored.id]);
    expect(await prisma.notification.count({ where: { incidentId: ignored.id, kind: "escalated", channel: "EMAIL" } })).toBe(1);
    expect(await prisma.notification.count({ where: { incidentId: handled.id, kind: "escalated" } })).toBe(0);
  });
});
