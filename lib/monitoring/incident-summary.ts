// The one shape an incident has in the API and on the chain's live feed.
import type { Tx } from "@/lib/db/client";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { IncidentState, Severity } from "@/lib/generated/prisma/enums";
import { RULES, type RuleId } from "@/lib/monitoring/rules";

export interface IncidentSummary {
  id: string;
  chainId: string | null;
  restaurantId: string;
  restaurantName: string;
  listingId: string | null;
  /** The listing's channel; null for outlet-wide incidents. */
  channelCode: string | null;
  rule: string;
  ruleLabel: string;
  severity: Severity;
  state: IncidentState;
  details: unknown;
  /** ISO 8601; startedAt is when the discrepancy began (before its grace period). */
  startedAt: string;
  acknowledgedAt: string | null;
  resolvedAt: string | null;
  /** Seconds from start to resolution, or until now while unresolved. */
  durationSeconds: number;
  resolution: string | null;
  escalatedAt: string | null;
  commentCount: number;
}

export const incidentSummarySelect = {
  id: true,
  chainId: true,
  restaurantId: true,
  listingId: true,
  rule: true,
  severity: true,
  state: true,
  details: true,
  startedAt: true,
  acknowledgedAt: true,
  resolvedAt: true,
  resolution: true,
  escalatedAt: true,
  restaurant: { select: { name: true } },
  listing: { select: { channel: { select: { code: true } } } },
  _count: { select: { comments: true } },
} satisfies Prisma.IncidentSelect;

type IncidentRow = Prisma.IncidentGetPayload<{ select: typeof incidentSummarySelect }>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toIncidentSummary(row: IncidentRow, now = new Date()): IncidentSummary {
  return {
    id: row.id,
    chainId: row.chainId,
    restaurantId: row.restaurantId,
    restaurantName: row.restaurant.name,
    listingId: row.listingId,
    channelCode: row.listing?.channel.code ?? null,
    rule: row.rule,
    ruleLabel: RULES[row.rule as RuleId]?.label ?? row.rule,
    severity: row.severity,
    state: row.state,
    details: row.details,
    startedAt: row.startedAt.toISOString(),
    acknowledgedAt: iso(row.acknowledgedAt),
    resolvedAt: iso(row.resolvedAt),
    durationSeconds: Math.max(0, Math.round(((row.resolvedAt ?? now).getTime() - row.startedAt.getTime()) / 1000)),
    resolution: row.resolution,
    escalatedAt: iso(row.escalatedAt),
    commentCount: row._count.comments,
  };
}

export async function loadIncidentSummary(db: Tx | typeof prisma, incidentId: string): Promise<IncidentSummary> {
  return toIncidentSummary(await db.incident.findUniqueOrThrow({ where: { id: incidentId }, select: incidentSummarySelect }));
}
