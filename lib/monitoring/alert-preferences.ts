// Whether an admin wants to hear about an incident, and how: their subscription (outlets,
// channels, minimum severity, in-app and email switches, quiet hours in their time zone).
// Without a subscription a chain admin gets everything of their chain.
import type { AlertSubscription, Severity } from "@/lib/generated/prisma/client";
import { SEVERITY_RANK } from "@/lib/monitoring/rules";

export interface AlertTarget {
  restaurantId: string;
  channelCode: string | null;
  severity: Severity;
}

export type AlertPreferences = Pick<
  AlertSubscription,
  "restaurantIds" | "channelCodes" | "minSeverity" | "email" | "inApp" | "quietStartMinute" | "quietEndMinute" | "timeZone"
>;

function localMinute(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", hour: "2-digit", minute: "2-digit" }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return get("hour") * 60 + get("minute");
}

/** Quiet hours [start, end) in local minutes; a window may wrap past midnight (22:00–07:00). */
export function inQuietHours(prefs: AlertPreferences, instant: Date): boolean {
  const { quietStartMinute: start, quietEndMinute: end } = prefs;
  if (start === null || end === null || start === end) return false;
  const m = localMinute(instant, prefs.timeZone);
  return start < end ? m >= start && m < end : m >= start || m < end;
}

export function matchesSubscription(prefs: AlertPreferences, target: AlertTarget): boolean {
  if (prefs.restaurantIds.length > 0 && !prefs.restaurantIds.includes(target.restaurantId)) return false;
  // Outlet-wide incidents concern every channel.
  if (prefs.channelCodes.length > 0 && target.channelCode !== null && !prefs.channelCodes.includes(target.channelCode)) return false;
  return SEVERITY_RANK[target.severity] >= SEVERITY_RANK[prefs.minSeverity];
}

/** Which deliveries an admin gets for an incident now: quiet hours mute email only. */
export function alertChannelsFor(prefs: AlertPreferences | null, target: AlertTarget, now: Date): { inApp: boolean; email: boolean } {
  if (!prefs) return { inApp: true, email: true };
  if (!matchesSubscription(prefs, target)) return { inApp: false, email: false };
  return { inApp: prefs.inApp, email: prefs.email && !inQuietHours(prefs, now) };
}
