// Rows the reports share: outlets' opening hours and their listings' observed bands in a window.
import type { Db } from "@/lib/db/client";
import type { OpeningHours } from "@/lib/catalog/opening-hours";
import type { StateBand } from "@/lib/monitoring/reports/compute-uptime";
import { Prisma } from "@/lib/generated/prisma/client";

const DAY_MS = 86_400_000;

export interface OutletBands {
  restaurantId: string;
  name: string;
  chainId: string | null;
  hours: OpeningHours;
  listings: { listingId: string; channelCode: string; channelName: string; bands: StateBand[] }[];
}

/** Which outlets: a whole chain or one outlet. */
export type OutletFilter = { chainId: string } | { restaurantId: string };

/**
 * Outlets with their hours (exceptions from `hoursFrom`, a day either side for local dates)
 * and each listing's bands overlapping [from, to), oldest first, read from `db` (the reports
 * pass the read client's choice: the replica when usable).
 */
export async function loadListingBands(db: Db, filter: OutletFilter, window: { from: Date; to: Date; hoursFrom: Date }): Promise<OutletBands[]> {
  const where: Prisma.RestaurantWhereInput = "chainId" in filter ? { chainId: filter.chainId } : { id: filter.restaurantId };
  const [outlets, bands] = await Promise.all([
    db.restaurant.findMany({
      where,
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        chainId: true,
        timeZone: true,
        openingPeriods: { select: { dayOfWeek: true, opensMinute: true, closesMinute: true } },
        openingExceptions: {
          where: { date: { gte: new Date(window.hoursFrom.getTime() - DAY_MS), lte: new Date(window.to.getTime() + DAY_MS) } },
          select: { date: true, closed: true, opensMinute: true, closesMinute: true },
        },
        listings: { orderBy: { channel: { code: "asc" } }, select: { id: true, channel: { select: { code: true, name: true } } } },
      },
    }),
    loadBands(db, filter, window),
  ]);
  return outlets.map((o) => ({
    restaurantId: o.id,
    name: o.name,
    chainId: o.chainId,
    hours: { timeZone: o.timeZone, periods: o.openingPeriods, exceptions: o.openingExceptions },
    listings: o.listings.map((l) => ({ listingId: l.id, channelCode: l.channel.code, channelName: l.channel.name, bands: bands.get(l.id) ?? [] })),
  }));
}

interface BandRow {
  listing_id: string;
  states: StateBand["state"][];
  starts: number[];
  ends: (number | null)[];
}

/**
 * The bands, one row per listing with its bands as arrays of epoch milliseconds: a big
 * chain's month is ~700k bands, which as one object per row took seconds to read (raw SQL
 * for the aggregation and the shape, which Prisma cannot say).
 */
async function loadBands(db: Db, filter: OutletFilter, window: { from: Date; to: Date }): Promise<Map<string, StateBand[]>> {
  const outlet = "chainId" in filter ? Prisma.sql`r.chain_id = ${filter.chainId}::uuid` : Prisma.sql`r.id = ${filter.restaurantId}::uuid`;
  const rows = await db.$queryRaw<BandRow[]>`
    SELECT s.listing_id,
           array_agg(s.state::text ORDER BY s.started_at) AS states,
           array_agg((extract(epoch FROM s.started_at) * 1000)::float8 ORDER BY s.started_at) AS starts,
           array_agg((extract(epoch FROM s.ended_at) * 1000)::float8 ORDER BY s.started_at) AS ends
    FROM listing_state_spans s
    JOIN listings l ON l.id = s.listing_id
    JOIN restaurants r ON r.id = l.restaurant_id
    WHERE ${outlet} AND s.started_at < ${window.to} AND (s.ended_at IS NULL OR s.ended_at > ${window.from})
    GROUP BY s.listing_id`;
  return new Map(rows.map((r) => [r.listing_id, r.states.map((state, i) => ({ state, start: r.starts[i]!, end: r.ends[i] ?? null }))]));
}
