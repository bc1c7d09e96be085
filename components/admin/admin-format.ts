// Pieces of the dashboard's text that are computed rather than looked up: a duration's
// catalogue key (admin.duration.*) and whether a rule has a translated label (admin.rules.*).
import type { RuleId } from "@/lib/monitoring/rules";

export type Duration =
  | { key: "seconds"; values: { seconds: number } }
  | { key: "minutes"; values: { minutes: number } }
  | { key: "hours"; values: { hours: number; minutes: number } };

/** Minutes under `hoursFrom` minutes, else hours and minutes; seconds under 2 minutes when `withSeconds`. */
export function duration(seconds: number, { withSeconds = false, hoursFrom = 60 } = {}): Duration {
  if (withSeconds && seconds < 120) return { key: "seconds", values: { seconds } };
  const minutes = Math.round(seconds / 60);
  if (minutes < hoursFrom) return { key: "minutes", values: { minutes } };
  return { key: "hours", values: { hours: Math.floor(minutes / 60), minutes: minutes % 60 } };
}

// A record, not a list: a rule added to lib/monitoring/rules.ts without a label here fails typecheck.
const RULE_LABELLED: Record<RuleId, true> = {
  offline_while_open: true,
  online_while_closed: true,
  item_mismatch: true,
  heartbeat_lost: true,
  soft_offline: true,
  flapping: true,
};

export const isRuleId = (rule: string): rule is RuleId => Object.hasOwn(RULE_LABELLED, rule);

const ALERT_KINDS = ["opened", "resolved", "escalated"] as const;
/** A notification's kind that has a label (admin.notifications.kind.*). */
export const isAlertKind = (kind: string): kind is (typeof ALERT_KINDS)[number] => (ALERT_KINDS as readonly string[]).includes(kind);
