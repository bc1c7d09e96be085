// GET /api/v1/chains/{id}/outlets/status: every outlet of a chain with what it should be
// (opening hours + declared status), what each listing is observed as, and its open
// incidents; `health` is the colour of the dashboard's map and grid. A fixed handful of
// queries, whatever the chain's size (1,000 outlets well under a second): outlets, their
// listings and opening hours come in one query, folded into JSON by PostgreSQL.
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { EXCEPTIONS_AFTER_DAYS, EXCEPTIONS_BEFORE_DAYS } from "@/lib/catalog/load-orderability";
import { effectiveStatus, outletOrderability, type Orderability } from "@/lib/catalog/outlet-orderability";
import type { DatedException, WeeklyPeriod } from "@/lib/catalog/opening-hours";
import type { ChannelKind, ListingState, OutletStatus, Severity } from "@/lib/generated/prisma/enums";
import { assertChainAccess } from "@/lib/monitoring/assert-chain-access";
import { readTransactionHorizon } from "@/lib/events/transaction-horizon";
import { HEARTBEAT_STALE_MS, SEVERITY_RANK } from "@/lib/monitoring/rules";

/** incident: an unresolved incident; warning: a discrepancy within its grace period;
 *  closed: outside opening hours and nothing wrong; ok: open and as expected. */
export type OutletHealth = "ok" | "warning" | "incident" | "closed";

const DAY_MS = 86_400_000;
const toIso = (value: string | null) => (value ? new Date(value).toISOString() : null);

interface OutletRow {
  id: string;
  name: string;
  address: string;
  city: string;
  lat: number;
  lng: number;
  timeZone: string;
  declaredStatus: OutletStatus;
  version: number;
  statusReason: string | null;
  statusUntil: Date | null;
  avgPrepMinutes: number;
  busyExtraMinutes: number;
  lastHeartbeatAt: Date | null;
  periods: WeeklyPeriod[];
  exceptions: DatedException[];
  listings: { id: string; channelCode: string; channelName: string; channelKind: ChannelKind; state: ListingState; observedAt: string | null; since: string | null; version: number }[];
}

export async function getChainOutletStatus(actor: Actor, chainId: unknown, now = new Date()) {
  const id = await assertChainAccess(actor, chainId);
  // Before the reads: every live event this snapshot may not reflect is at or after it.
  const cursor = await readTransactionHorizon();
  const exceptionsFrom = new Date(now.getTime() - EXCEPTIONS_BEFORE_DAYS * DAY_MS);
  const exceptionsTo = new Date(now.getTime() + EXCEPTIONS_AFTER_DAYS * DAY_MS);
  const [chain, outlets, incidents, signals] = await Promise.all([
    prisma.chain.findUniqueOrThrow({ where: { id }, select: { id: true, name: true } }),
    // One query, listings folded into JSON by PostgreSQL: a 1,000-outlet chain has 10,000 listings.
    prisma.$queryRaw<OutletRow[]>`
      SELECT r.id, r.name, r.address, r.city, r.lat, r.lng, r.time_zone AS "timeZone", r.declared_status::text AS "declaredStatus", r.version,
             r.status_reason AS "statusReason", r.status_until AS "statusUntil", r.avg_prep_minutes AS "avgPrepMinutes",
             r.busy_extra_minutes AS "busyExtraMinutes", r.last_heartbeat_at AS "lastHeartbeatAt",
             COALESCE(json_agg(json_build_object(
               'id', l.id, 'channelCode', c.code, 'channelName', c.name, 'channelKind', c.kind, 'state', l.observed_state,
               'observedAt', l.observed_at, 'since', l.state_since, 'version', l.version) ORDER BY c.code) FILTER (WHERE l.id IS NOT NULL), '[]') AS listings,
             (SELECT COALESCE(json_agg(json_build_object('dayOfWeek', p.day_of_week, 'opensMinute', p.opens_minute, 'closesMinute', p.closes_minute)), '[]')
              FROM opening_periods p WHERE p.restaurant_id = r.id) AS periods,
             (SELECT COALESCE(json_agg(json_build_object('date', to_char(e.date, 'YYYY-MM-DD'), 'closed', e.closed,
                                                         'opensMinute', e.opens_minute, 'closesMinute', e.closes_minute)), '[]')
              FROM opening_exceptions e WHERE e.restaurant_id = r.id AND e.date BETWEEN ${exceptionsFrom}::date AND ${exceptionsTo}::date) AS exceptions
      FROM restaurants r LEFT JOIN listings l ON l.restaurant_id = r.id LEFT JOIN sales_channels c ON c.id = l.channel_id
      WHERE r.chain_id = ${id}::uuid
      GROUP BY r.id ORDER BY r.name, r.id`,
    prisma.incident.groupBy({ by: ["restaurantId", "severity"], where: { chainId: id, state: { not: "RESOLVED" } }, _count: { _all: true } }),
    prisma.$queryRaw<{ restaurant_id: string; n: number }[]>`
      SELECT s.restaurant_id, count(*)::int AS n FROM discrepancy_signals s JOIN restaurants r ON r.id = s.restaurant_id
      WHERE r.chain_id = ${id}::uuid GROUP BY s.restaurant_id`,
  ]);
  const openOf = new Map<string, { count: number; worst: Severity }>();
  for (const row of incidents) {
    const entry = openOf.get(row.restaurantId) ?? { count: 0, worst: row.severity };
    entry.count += row._count._all;
    if (SEVERITY_RANK[row.severity] > SEVERITY_RANK[entry.worst]) entry.worst = row.severity;
    openOf.set(row.restaurantId, entry);
  }
  const signalsOf = new Map(signals.map((s) => [s.restaurant_id, s.n]));

  // Outlets of a chain mostly share hours, time zone and status: judge each combination once.
  const judged = new Map<string, Orderability>();
  const orderabilityOf = (o: OutletRow) => {
    const key = JSON.stringify([o.timeZone, o.periods, o.exceptions, o.declaredStatus, o.statusUntil, o.avgPrepMinutes, o.busyExtraMinutes]);
    let result = judged.get(key);
    if (!result) {
      result = outletOrderability(o, { timeZone: o.timeZone, periods: o.periods, exceptions: o.exceptions }, now);
      judged.set(key, result);
    }
    return result;
  };
  const rows = outlets.map((o) => {
    // The hours came with the outlet; the same rule as browse and checkout judges them.
    const orderable = orderabilityOf(o);
    const open = openOf.get(o.id);
    const expectedOpen = orderable.closesAt !== null;
    const health: OutletHealth = open ? "incident" : signalsOf.get(o.id) ? "warning" : expectedOpen ? "ok" : "closed";
    return {
      id: o.id,
      name: o.name,
      address: o.address,
      city: o.city,
      lat: o.lat,
      lng: o.lng,
      /** Admin pages show each outlet's times on its own clock. */
      timeZone: o.timeZone,
      health,
      /** The opening hours say open now. */
      expectedOpen,
      declaredStatus: effectiveStatus(o, now),
      /** Moves on every status change: the live feed's outlet.status events carry it too. */
      version: o.version,
      statusReason: o.statusReason,
      statusUntil: o.statusUntil?.toISOString() ?? null,
      /** Customers can order on Swift Eats right now, and if not, why. */
      orderable: orderable.orderable,
      closedReason: orderable.reason,
      lastHeartbeatAt: o.lastHeartbeatAt?.toISOString() ?? null,
      heartbeatFresh: o.lastHeartbeatAt ? now.getTime() - o.lastHeartbeatAt.getTime() <= HEARTBEAT_STALE_MS : null,
      openIncidents: open?.count ?? 0,
      worstSeverity: open?.worst ?? null,
      pendingSignals: signalsOf.get(o.id) ?? 0,
      // PostgreSQL writes timestamps as "…+00:00"; the API speaks toISOString() everywhere.
      listings: o.listings.map((l) => ({ ...l, observedAt: toIso(l.observedAt), since: toIso(l.since) })),
    };
  });
  const counts = { ok: 0, warning: 0, incident: 0, closed: 0 } satisfies Record<OutletHealth, number>;
  for (const row of rows) counts[row.health]++;
  /** `cursor`: where the chain's live feed resumes from to catch up on what this snapshot may miss. */
  return { chain, generatedAt: now.toISOString(), cursor: cursor.toString(), counts, outlets: rows };
}
