// The captured-mail outbox and in-app notifications: each admin sees what is theirs.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { listCapturedEmails } from "@/lib/admin/list-captured-emails";
import { listNotifications } from "@/lib/admin/list-notifications";
import { markNotificationsRead } from "@/lib/admin/mark-notifications-read";
import { createActor, createChain, createOpenRestaurant } from "../support/fixtures";

async function incidentOf(chainId: string) {
  const outlet = await createOpenRestaurant({ chainId });
  return prisma.incident.create({
    data: { chainId, restaurantId: outlet.id, rule: "offline_while_open", dedupeKey: randomUUID(), severity: "HIGH", startedAt: new Date() },
  });
}

async function mailTo(admin: Actor, incidentId: string, kind: "opened" | "resolved") {
  const subject = `[HIGH] ${kind} ${randomUUID().slice(0, 6)}`;
  const notification = await prisma.notification.create({
    data: { userId: admin.userId, incidentId, kind, channel: "EMAIL", status: "SENT", subject, body: "…" },
  });
  await prisma.capturedEmail.create({ data: { notificationId: notification.id, to: admin.email, subject, text: "…" } });
  return subject;
}

describe("captured-mail outbox", () => {
  it("shows a chain admin their own mail, a platform admin all of it, filtered by incident on request", async () => {
    const chain = await createChain("Outbox");
    const me = await createActor("CHAIN_ADMIN", { chainId: chain.id });
    const colleague = await createActor("CHAIN_ADMIN", { chainId: chain.id });
    const first = await incidentOf(chain.id);
    const second = await incidentOf(chain.id);
    const mine = await mailTo(me, first.id, "opened");
    const mineResolved = await mailTo(me, first.id, "resolved");
    const mineOther = await mailTo(me, second.id, "opened");
    const theirs = await mailTo(colleague, first.id, "opened");

    expect((await listCapturedEmails(me)).map((m) => m.subject).sort()).toEqual([mine, mineResolved, mineOther].sort());
    const forFirst = await listCapturedEmails(me, { incidentId: first.id });
    expect(forFirst.map((m) => [m.subject, m.notification?.kind]).sort()).toEqual([[mine, "opened"], [mineResolved, "resolved"]].sort());

    const platform = await createActor("PLATFORM_ADMIN");
    expect((await listCapturedEmails(platform, { incidentId: first.id })).map((m) => m.subject)).toContain(theirs);
    await expect(listCapturedEmails(await createActor("RESTAURANT_STAFF"))).rejects.toMatchObject({ status: 403 });
    await expect(listCapturedEmails(await createActor("CUSTOMER"))).rejects.toMatchObject({ status: 403 });
  });
});

describe("in-app notifications", () => {
  it("lists only the admin's own and marks only those read", async () => {
    const chain = await createChain("Inbox");
    const me = await createActor("CHAIN_ADMIN", { chainId: chain.id });
    const colleague = await createActor("CHAIN_ADMIN", { chainId: chain.id });
    const incident = await incidentOf(chain.id);
    const note = (userId: string, channel: "IN_APP" | "EMAIL") =>
      prisma.notification.create({ data: { userId, incidentId: incident.id, channel, kind: "opened", status: "SENT", subject: `${channel} ${userId}`, body: "…" } });
    await note(me.userId, "IN_APP");
    await note(me.userId, "EMAIL");
    await note(colleague.userId, "IN_APP");

    const list = await listNotifications(me);
    expect(list.map((n) => n.subject)).toEqual([`IN_APP ${me.userId}`]);
    expect(list[0]).toMatchObject({ readAt: null, incident: { id: incident.id, state: "OPEN" } });

    expect(await markNotificationsRead(me)).toBe(1);
    expect((await listNotifications(me))[0]!.readAt).toBeInstanceOf(Date);
    expect((await listNotifications(colleague))[0]!.readAt).toBeNull();
    expect(await markNotificationsRead(me)).toBe(0);
  });
});
