// One evaluation pass over some outlets: observe our own channels, find the discrepancies,
// and open or resolve incidents. The worker runs it for an outlet as soon as something about
// it changed, and over every outlet in batches on each sweep.
import { prisma } from "@/lib/db/client";
import { applyDiscrepancies } from "@/lib/monitoring/apply-discrepancies";
import { deriveInternalState, INTERNAL_CHANNEL_KINDS } from "@/lib/monitoring/derive-internal-state";
import { findDiscrepancies } from "@/lib/monitoring/find-discrepancies";
import { loadOutletSnapshots } from "@/lib/monitoring/load-outlet-snapshots";
import { recordObservation } from "@/lib/monitoring/record-observation";
import { loadRulePolicies } from "@/lib/monitoring/rules";

export interface EvaluationResult {
  outlets: number;
  listingsChanged: number;
  opened: string[];
  resolved: string[];
  /** When to evaluate an outlet again: a grace period runs out then. */
  graceEnds: Map<string, Date>;
}

export async function evaluateOutlets(restaurantIds: readonly string[], now = new Date()): Promise<EvaluationResult> {
  const snapshots = await loadOutletSnapshots(restaurantIds, now);
  let listingsChanged = 0;
  for (const outlet of snapshots) {
    const observation = deriveInternalState(outlet, now);
    for (const listing of outlet.listings) {
      if (!INTERNAL_CHANNEL_KINDS.has(listing.channelKind) || (listing.observedState === observation.state && listing.observedAt)) continue;
      const outcome = await recordObservation({
        listingId: listing.id,
        source: "INTERNAL",
        // The same change seen by two evaluators at once is one event.
        sourceEventId: `internal:${listing.version}:${observation.state}`,
        state: observation.state,
        observedAt: now,
        details: observation.details,
      });
      if (outcome.status !== "applied") continue;
      listing.observedState = observation.state;
      listing.observedAt = now;
      if (outcome.changed) {
        listing.recentChanges += 1;
        listingsChanged += 1;
      }
    }
  }
  const found = snapshots.flatMap((outlet) => findDiscrepancies(outlet, now));
  const chainOf = new Map(snapshots.map((s) => [s.id, s.chainId]));
  const policiesOf = await loadRulePolicies([...chainOf.values()]);
  const applied = await applyDiscrepancies(
    snapshots.map((s) => s.id),
    found,
    (id) => chainOf.get(id) ?? null,
    policiesOf,
    now,
  );
  return { outlets: snapshots.length, listingsChanged, ...applied };
}

/** Every monitored outlet (those with listings), `batchSize` at a time. */
export async function evaluateAllOutlets(now = new Date(), batchSize = 500): Promise<EvaluationResult> {
  const total: EvaluationResult = { outlets: 0, listingsChanged: 0, opened: [], resolved: [], graceEnds: new Map() };
  let cursor: string | undefined;
  for (;;) {
    const page = await prisma.restaurant.findMany({
      where: { listings: { some: {} }, ...(cursor && { id: { gt: cursor } }) },
      orderBy: { id: "asc" },
      take: batchSize,
      select: { id: true },
    });
    if (page.length === 0) return total;
    const result = await evaluateOutlets(
      page.map((r) => r.id),
      now,
    );
    total.outlets += result.outlets;
    total.listingsChanged += result.listingsChanged;
    total.opened.push(...result.opened);
    total.resolved.push(...result.resolved);
    for (const [id, at] of result.graceEnds) total.graceEnds.set(id, at);
    cursor = page.at(-1)!.id;
  }
}
