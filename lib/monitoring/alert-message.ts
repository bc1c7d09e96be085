// An incident alert's words in one reader's language: the email and in-app text written for
// each admin (./enqueue-alerts.ts), and the subject the notifications page shows in the
// language the admin reads it in now.
import { appUrl } from "@/lib/env";
import type { Severity } from "@/lib/generated/prisma/enums";
import { translatorFor } from "@/lib/i18n/create-translator";
import type { Locale } from "@/lib/i18n/locales";
import type { IncidentSummary } from "@/lib/monitoring/incident-summary";
import { RULES, type RuleId } from "@/lib/monitoring/rules";
import { formatOutletTime } from "@/lib/time/format-outlet-time";

export type AlertKind = "opened" | "resolved" | "escalated";

export interface AlertSubject {
  rule: string;
  severity: Severity;
  restaurantName: string;
  channelCode: string | null;
}

const dashboardUrl = () => appUrl("/admin");

function words(locale: Locale, { rule, severity, restaurantName, channelCode }: AlertSubject) {
  const t = translatorFor(locale, "admin");
  return {
    t,
    // An unknown rule (a newer worker's) keeps its id rather than no name.
    rule: Object.hasOwn(RULES, rule) ? t(`rules.${rule as RuleId}`) : rule,
    where: channelCode ? t("alert.whereOnChannel", { outlet: restaurantName, channel: channelCode }) : restaurantName,
    severity: t(`severity.${severity}`).toUpperCase(),
  };
}

/** "[HIGH] New incident: Offline during opening hours at Forno Rosso on swifteats", in `locale`. */
export function alertSubject(kind: AlertKind, incident: AlertSubject, locale: Locale): string {
  const { t, rule, where, severity } = words(locale, incident);
  return t("email.subject", { severity, headline: t(`alert.headline.${kind}`), rule, where });
}

/** The alert as `locale` reads it, with the start in the outlet's time (`timeZone`). */
export function alertMessage(kind: AlertKind, incident: IncidentSummary, locale: Locale, timeZone: string): { subject: string; body: string } {
  const { t, rule, where, severity } = words(locale, incident);
  const minutes = Math.round(incident.durationSeconds / 60);
  const resolution = incident.resolution === "manual" ? t("email.resolution.manual") : t("email.resolution.auto");
  const body = [
    t("email.what", { rule, where }),
    t("email.severityStarted", { severity, started: formatOutletTime(incident.startedAt, timeZone, true, locale) }),
    kind === "resolved" ? t("email.resolvedAfter", { minutes, resolution }) : t("email.openFor", { minutes }),
    t("email.details", { details: JSON.stringify(incident.details) }),
    t("email.dashboard", { url: dashboardUrl() }),
  ].join("\n");
  return { subject: alertSubject(kind, incident, locale), body };
}
