// Rows the reports share: outlets' opening hours and their listings' observed bands in a window.
import { prisma } from "@/lib/db/client";
import type { OpeningHours } from "@/lib/catalog/opening-hours";
import type { StateBand } from "@/lib/monitoring/reports/compute-uptime";
import type { Prisma } from "@/lib/generated/prisma/client";

const DAY_MS = 86_400_000;

export interface OutletBands {
  restaurantId: string;
  name: string;
  chainId: string | null;
  hours: OpeningHours;
  listings: { listingId: string; channelCode: string; channelName: string; bands: StateBand[] }[];
}

/**
 * Outlets matching `where` with their hours (exceptions from `hoursFrom`, a day either side for
 * local dates) and each listing's bands overlapping [from, to), oldest first.
 */
export async function loadListingBands(where: Prisma.RestaurantWhereInput, window: { from: Date; to: Date; hoursFrom: Date }): Promise<OutletBands[]> {
  const outlets = await prisma.restaurant.findMany({
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
      listings: {
        orderBy: { channel: { code: "asc" } },
        select: {
          id: true,
          channel: { select: { code: true, name: true } },
          spans: {
            where: { startedAt: { lt: window.to }, OR: [{ endedAt: null }, { endedAt: { gt: window.from } }] },
            orderBy: { startedAt: "asc" },
            select: { state: true, startedAt: true, endedAt: true },
          },
        },
      },
    },
  });
  return outlets.map((o) => ({
    restaurantId: o.id,
    name: o.name,
    chainId: o.chainId,
    hours: { timeZone: o.timeZone, periods: o.openingPeriods, exceptions: o.openingExceptions },
    listings: o.listings.map((l) => ({
      listingId: l.id,
      channelCode: l.channel.code,
      channelName: l.channel.name,
      bands: l.spans.map((s) => ({ state: s.state, start: s.startedAt.getTime(), end: s.endedAt?.getTime() ?? null })),
    })),
  }));
}
