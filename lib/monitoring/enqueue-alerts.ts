// The alerts of an incident event ("opened", "resolved", "escalated"), written in the same
// transaction as the event itself (an outbox): in-app notifications are delivered by being
// written; emails and webhooks wait as PENDING rows for deliver-notifications.ts. The unique
// index notifications_one_per_incident_recipient makes a second attempt (two workers racing,
// a retry) write nothing: one alert per incident, kind and recipient. Each admin's email and
// in-app text is written in their language (users.locale); a webhook's JSON stays English.
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { alertChannelsFor } from "@/lib/monitoring/alert-preferences";
import { alertMessage, type AlertKind } from "@/lib/monitoring/alert-message";
import { loadIncidentSummary, type IncidentSummary } from "@/lib/monitoring/incident-summary";

/** The webhook body of an incident event. */
export function webhookPayload(kind: AlertKind, incident: IncidentSummary) {
  return { type: `incident.${kind}`, incident };
}

export async function enqueueAlerts(tx: Tx, incidentId: string, kind: AlertKind, now = new Date()): Promise<void> {
  const incident = await loadIncidentSummary(tx, incidentId);
  if (!incident.chainId) return;
  const { timeZone } = await tx.restaurant.findUniqueOrThrow({ where: { id: incident.restaurantId }, select: { timeZone: true } });
  const message = (locale: Locale) => alertMessage(kind, incident, locale, timeZone);
  const target = { restaurantId: incident.restaurantId, channelCode: incident.channelCode, severity: incident.severity };

  // One after the other: a transaction is one connection, and `pg` deprecates overlapping
  // queries on a connection (pg@9 refuses them).
  // The chain's admins, and platform admins who subscribed.
  const admins = await tx.user.findMany({
    where: { OR: [{ role: "CHAIN_ADMIN", chainId: incident.chainId }, { role: "PLATFORM_ADMIN", alertSubscription: { isNot: null } }] },
    select: { id: true, locale: true, alertSubscription: true },
  });
  const webhooks = await tx.webhookEndpoint.findMany({ where: { chainId: incident.chainId, active: true }, select: { id: true } });

  const rows: Prisma.NotificationCreateManyInput[] = [];
  for (const admin of admins) {
    const wants = alertChannelsFor(admin.alertSubscription, target, now);
    const { subject, body } = message(isLocale(admin.locale) ? admin.locale : DEFAULT_LOCALE);
    if (wants.inApp) rows.push({ userId: admin.id, incidentId, kind, channel: "IN_APP", status: "SENT", sentAt: now, subject, body });
    if (wants.email) rows.push({ userId: admin.id, incidentId, kind, channel: "EMAIL", status: "PENDING", nextAttemptAt: now, subject, body });
  }
  const payload = JSON.stringify(webhookPayload(kind, incident));
  // A webhook's subject is only its delivery log's line: English, like its JSON.
  const { subject } = message("en");
  for (const hook of webhooks) {
    rows.push({ webhookId: hook.id, incidentId, kind, channel: "WEBHOOK", status: "PENDING", nextAttemptAt: now, subject, body: payload });
  }
  if (rows.length) await tx.notification.createMany({ data: rows, skipDuplicates: true });
}
