// GET /api/v1/chains/{id}/outlets/status: every outlet of a chain with what it should be
// (opening hours + declared status), what each listing is observed as, and its open
// incidents; `health` is the colour of the dashboard's map and grid. A fixed handful of
// queries, whatever the chain's size (1,000 outlets well under a second).
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { loadOrderability } from "@/lib/catalog/load-orderability";
import { effectiveStatus } from "@/lib/catalog/outlet-orderability";
import type { Severity } from "@/lib/generated/prisma/enums";
import { assertChainAccess } from "@/lib/monitoring/assert-chain-access";
import { HEARTBEAT_STALE_MS, SEVERITY_RANK } from "@/lib/monitoring/rules";

/** incident: an unresolved incident; warning: a discrepancy within its grace period;
 *  closed: outside opening hours and nothing wrong; ok: open and as expected. */
export type OutletHealth = "ok" | "warning" | "incident" | "closed";

export async function getChainOutletStatus(actor: Actor, chainId: unknown, now = new Date()) {
  const id = await assertChainAccess(actor, chainId);
  const [chain, outlets, incidents, signals] = await Promise.all([
    prisma.chain.findUniqueOrThrow({ where: { id }, select: { id: true, name: true } }),
    prisma.restaurant.findMany({
      where: { chainId: id },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        address: true,
        city: true,
        lat: true,
        lng: true,
        timeZone: true,
        declaredStatus: true,
        statusReason: true,
        statusUntil: true,
        avgPrepMinutes: true,
        busyExtraMinutes: true,
        lastHeartbeatAt: true,
        listings: {
          orderBy: { channel: { code: "asc" } },
          select: { id: true, observedState: true, observedAt: true, stateSince: true, channel: { select: { code: true, name: true, kind: true } } },
        },
      },
    }),
    prisma.incident.groupBy({ by: ["restaurantId", "severity"], where: { chainId: id, state: { not: "RESOLVED" } }, _count: { _all: true } }),
    prisma.$queryRaw<{ restaurant_id: string; n: number }[]>`
      SELECT s.restaurant_id, count(*)::int AS n FROM discrepancy_signals s JOIN restaurants r ON r.id = s.restaurant_id
      WHERE r.chain_id = ${id}::uuid GROUP BY s.restaurant_id`,
  ]);
  const orderability = await loadOrderability(outlets, now);
  const openOf = new Map<string, { count: number; worst: Severity }>();
  for (const row of incidents) {
    const entry = openOf.get(row.restaurantId) ?? { count: 0, worst: row.severity };
    entry.count += row._count._all;
    if (SEVERITY_RANK[row.severity] > SEVERITY_RANK[entry.worst]) entry.worst = row.severity;
    openOf.set(row.restaurantId, entry);
  }
  const signalsOf = new Map(signals.map((s) => [s.restaurant_id, s.n]));

  const rows = outlets.map((o) => {
    const orderable = orderability.get(o.id)!;
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
      health,
      /** The opening hours say open now. */
      expectedOpen,
      declaredStatus: effectiveStatus(o, now),
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
      listings: o.listings.map((l) => ({
        id: l.id,
        channelCode: l.channel.code,
        channelName: l.channel.name,
        channelKind: l.channel.kind,
        state: l.observedState,
        observedAt: l.observedAt?.toISOString() ?? null,
        since: l.stateSince?.toISOString() ?? null,
      })),
    };
  });
  const counts = { ok: 0, warning: 0, incident: 0, closed: 0 } satisfies Record<OutletHealth, number>;
  for (const row of rows) counts[row.health]++;
  return { chain, generatedAt: now.toISOString(), counts, outlets: rows };
}
