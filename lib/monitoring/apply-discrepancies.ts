// From "what is wrong right now" to incidents. A discrepancy first becomes a signal
// (discrepancy_signals, keyed like its incident) that remembers when it was first seen;
// once it has lasted its rule's grace period it opens an incident dated from that first
// sighting. When a discrepancy is gone, its signal is dropped and its incident resolves
// by itself. The partial unique index incidents_one_open_per_key lets only one of any
// number of racing evaluators open the incident; the conditional update lets only one
// resolve it, and only that one announces and alerts.
import { prisma } from "@/lib/db/client";
import { announceIncident } from "@/lib/monitoring/announce";
import { enqueueAlerts } from "@/lib/monitoring/enqueue-alerts";
import type { Discrepancy } from "@/lib/monitoring/find-discrepancies";
import type { ChainPolicies } from "@/lib/monitoring/rules";

export interface AppliedDiscrepancies {
  opened: string[];
  resolved: string[];
  /** Outlets with a discrepancy still in its grace period, and when the first one runs out:
   *  evaluating them again then opens the incident without waiting for a sweep. */
  graceEnds: Map<string, Date>;
}

export async function applyDiscrepancies(
  restaurantIds: readonly string[],
  found: readonly Discrepancy[],
  chainOf: (restaurantId: string) => string | null,
  policiesOf: (chainId: string | null) => ChainPolicies,
  now: Date,
): Promise<AppliedDiscrepancies> {
  const ids = [...restaurantIds];
  // Sorted, so racing evaluators lock signal rows in one order (no deadlocks).
  const active = found
    .filter((d) => policiesOf(chainOf(d.restaurantId))(d.rule).enabled)
    .sort((x, y) => (x.dedupeKey < y.dedupeKey ? -1 : 1));
  const activeKeys = new Set(active.map((d) => d.dedupeKey));

  // Remember when each discrepancy was first seen (kept while it lasts).
  const firstSeen = new Map<string, Date>();
  if (active.length) {
    const rows = await prisma.$queryRaw<{ dedupe_key: string; first_seen_at: Date }[]>`
      INSERT INTO discrepancy_signals (dedupe_key, rule, restaurant_id, listing_id, details, first_seen_at, last_seen_at)
      SELECT key, rule, restaurant_id, listing_id, details, ${now}::timestamptz, ${now}::timestamptz
      FROM unnest(${active.map((d) => d.dedupeKey)}::text[], ${active.map((d) => d.rule)}::text[],
                  ${active.map((d) => d.restaurantId)}::uuid[], ${active.map((d) => d.listingId)}::uuid[],
                  ${active.map((d) => JSON.stringify(d.details))}::jsonb[]) AS s(key, rule, restaurant_id, listing_id, details)
      ON CONFLICT (dedupe_key) DO UPDATE SET last_seen_at = EXCLUDED.last_seen_at, details = EXCLUDED.details
      RETURNING dedupe_key, first_seen_at`;
    for (const row of rows) firstSeen.set(row.dedupe_key, row.first_seen_at);
  }
  await prisma.discrepancySignal.deleteMany({
    where: { restaurantId: { in: ids }, ...(activeKeys.size && { dedupeKey: { notIn: [...activeKeys] } }) },
  });

  const open = await prisma.incident.findMany({
    where: { restaurantId: { in: ids }, state: { not: "RESOLVED" } },
    select: { id: true, dedupeKey: true },
  });
  const openKeys = new Set(open.map((i) => i.dedupeKey));
  const result: AppliedDiscrepancies = { opened: [], resolved: [], graceEnds: new Map() };

  for (const incident of open.filter((i) => !activeKeys.has(i.dedupeKey))) {
    const resolved = await prisma.$transaction(async (tx) => {
      const { count } = await tx.incident.updateMany({
        where: { id: incident.id, state: { not: "RESOLVED" } },
        data: { state: "RESOLVED", resolvedAt: now, resolution: "auto", version: { increment: 1 } },
      });
      if (count === 0) return false;
      await announceIncident(tx, incident.id);
      await enqueueAlerts(tx, incident.id, "resolved", now);
      return true;
    });
    if (resolved) result.resolved.push(incident.id);
  }

  for (const d of active) {
    const since = firstSeen.get(d.dedupeKey);
    const chainId = chainOf(d.restaurantId);
    const policy = policiesOf(chainId)(d.rule);
    if (!since || openKeys.has(d.dedupeKey)) continue;
    const graceEnd = new Date(since.getTime() + policy.graceMs);
    if (graceEnd > now) {
      const earliest = result.graceEnds.get(d.restaurantId);
      if (!earliest || graceEnd < earliest) result.graceEnds.set(d.restaurantId, graceEnd);
      continue;
    }
    const id = await prisma.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ id: string }[]>`
        INSERT INTO incidents (id, chain_id, restaurant_id, listing_id, rule, dedupe_key, severity, state, details, started_at)
        VALUES (gen_random_uuid(), ${chainId}::uuid, ${d.restaurantId}::uuid, ${d.listingId}::uuid, ${d.rule}, ${d.dedupeKey},
                ${policy.severity}::"Severity", 'OPEN', ${JSON.stringify(d.details)}::jsonb, ${since})
        ON CONFLICT (dedupe_key) WHERE state <> 'RESOLVED' DO NOTHING
        RETURNING id`;
      if (!row) return null;
      await announceIncident(tx, row.id);
      await enqueueAlerts(tx, row.id, "opened", now);
      return row.id;
    });
    if (id) result.opened.push(id);
  }
  return result;
}
