// The discrepancy rules of chain monitoring, with their defaults. A chain may override a
// rule's grace period, severity or switch it off (rule_settings); MONITORING_GRACE_SCALE
// shrinks every grace period at once (tests, e2e, demos).
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Severity } from "@/lib/generated/prisma/enums";

export const RULES = {
  /** (a) The outlet should be open (opening hours) but a listing is offline or paused. */
  offline_while_open: { label: "Offline during opening hours", graceSeconds: 300, severity: "HIGH" },
  /** (b) A listing takes orders while the outlet is declared closed or paused, or is outside its hours. */
  online_while_closed: { label: "Online while closed", graceSeconds: 300, severity: "MEDIUM" },
  /** (c) An item is out of stock in the kitchen but orderable on a channel. */
  item_mismatch: { label: "Sold-out item orderable", graceSeconds: 600, severity: "LOW" },
  /** (d) The kitchen screen stopped beating during opening hours. */
  heartbeat_lost: { label: "Kitchen screen offline", graceSeconds: 180, severity: "HIGH" },
  /** (e) Looks open, but orders are rejected or time out. */
  soft_offline: { label: "Orders not accepted", graceSeconds: 60, severity: "CRITICAL" },
  /** (f) A listing keeps changing state. */
  flapping: { label: "Listing flapping", graceSeconds: 0, severity: "MEDIUM" },
} as const satisfies Record<string, { label: string; graceSeconds: number; severity: Severity }>;

export type RuleId = keyof typeof RULES;
export const RULE_IDS = Object.keys(RULES) as RuleId[];

export interface RulePolicy {
  graceMs: number;
  severity: Severity;
  enabled: boolean;
}

export const SEVERITY_RANK: Record<Severity, number> = { LOW: 0, MEDIUM: 1, HIGH: 2, CRITICAL: 3 };

/** Flapping: this many state changes of one listing within the window. */
export const FLAP_CHANGES = 4;
export const FLAP_WINDOW_MS = 10 * 60_000;
/** Soft offline: an order waiting longer than this for the kitchen counts as timed out. */
export const ACCEPT_TIMEOUT_MS = 5 * 60_000;
/** Soft offline looks at orders of this recent window, and needs this many failures in it. */
export const SOFT_OFFLINE_WINDOW_MS = 30 * 60_000;
export const SOFT_OFFLINE_FAILURES = 2;
/** A kitchen screen beats every ~20 s; silence this long is a lost heartbeat. */
export const HEARTBEAT_STALE_MS = 90_000;

function defaultPolicy(rule: RuleId): RulePolicy {
  return { graceMs: RULES[rule].graceSeconds * 1000 * env.MONITORING_GRACE_SCALE, severity: RULES[rule].severity, enabled: true };
}

export type ChainPolicies = (rule: RuleId) => RulePolicy;

/** The rule policies of each chain (independent outlets, chainId null, use the defaults). */
export async function loadRulePolicies(chainIds: readonly (string | null)[]): Promise<(chainId: string | null) => ChainPolicies> {
  const ids = [...new Set(chainIds.filter((id): id is string => id !== null))];
  const rows = ids.length ? await prisma.ruleSetting.findMany({ where: { chainId: { in: ids } } }) : [];
  const overrides = new Map(rows.map((r) => [`${r.chainId}:${r.rule}`, r]));
  return (chainId) => (rule) => {
    const row = chainId ? overrides.get(`${chainId}:${rule}`) : undefined;
    if (!row) return defaultPolicy(rule);
    return { graceMs: row.graceSeconds * 1000 * env.MONITORING_GRACE_SCALE, severity: row.severity, enabled: row.enabled };
  };
}
