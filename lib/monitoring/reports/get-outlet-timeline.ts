// One outlet's expected vs observed bands over a local day, for its chain's admins, read from
// the replica when it is usable (lib/db/read-client.ts), like the chain report.
import type { Actor } from "@/lib/auth/actor";
import { localDateOf, zonedInstant } from "@/lib/catalog/opening-hours";
import { onReplica } from "@/lib/db/read-client";
import { buildOutletTimeline, type OutletTimeline } from "@/lib/monitoring/reports/build-outlet-timeline";
import { assertOutletOfChain } from "@/lib/monitoring/assert-chain-access";
import { loadListingBands } from "@/lib/monitoring/reports/load-listing-bands";
import { addDays } from "@/lib/monitoring/reports/schemas";

export interface OutletTimelinePage extends OutletTimeline {
  outlet: { id: string; name: string; chainId: string; timeZone: string };
  date: string;
}

export async function getOutletTimeline(actor: Actor, restaurantId: string, date: string | undefined, now = new Date()): Promise<OutletTimelinePage> {
  await assertOutletOfChain(actor, restaurantId);
  return onReplica(async (db) => {
    const outlet = await db.restaurant.findUniqueOrThrow({ where: { id: restaurantId }, select: { id: true, name: true, chainId: true, timeZone: true } });
    const day = date ?? localDateOf(now, outlet.timeZone);
    const from = zonedInstant(day, 0, outlet.timeZone);
    const to = zonedInstant(addDays(day, 1), 0, outlet.timeZone);
    const [rows] = await loadListingBands(db, { restaurantId }, { from, to, hoursFrom: from });
    const timeline = buildOutletTimeline({ hours: rows!.hours, from, to, now, listings: rows!.listings });
    return { outlet: { ...outlet, chainId: outlet.chainId ?? "" }, date: day, ...timeline };
  });
}
