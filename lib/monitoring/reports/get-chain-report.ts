// A chain's availability report for its admins (CHAIN_ADMIN: their own chain only), and its
// CSV exports. Read from the replica when it is usable (lib/db/read-client.ts): a report of
// hours and days may be a moment behind, and it is the heaviest read an admin makes.
import type { Db } from "@/lib/db/client";
import { onReplica } from "@/lib/db/read-client";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors/app-error";
import { assertChainAccess } from "@/lib/monitoring/assert-chain-access";
import { localDateOf, zonedInstant } from "@/lib/catalog/opening-hours";
import { buildChainReport, salesWindow, type ChainReport } from "@/lib/monitoring/reports/build-chain-report";
import { loadListingBands } from "@/lib/monitoring/reports/load-listing-bands";
import { addDays, reportDates, type ReportQuery } from "@/lib/monitoring/reports/schemas";

/** Orders that were paid for count as sales (unpaid and failed payments do not). */
const NOT_SALES = ["PLACED", "PAYMENT_FAILED"] as const;
const DEFAULT_TIME_ZONE = "Europe/Amsterdam";

type ChainReportPage = ChainReport & { chain: { id: string; name: string }; dates: { from: string; to: string } };

export async function getChainReport(actor: Actor, chainId: string, query: ReportQuery, now = new Date()): Promise<ChainReportPage> {
  await assertChainAccess(actor, chainId);
  return onReplica((db) => readChainReport(db, chainId, query, now));
}

async function readChainReport(db: Db, chainId: string, query: ReportQuery, now: Date): Promise<ChainReportPage> {
  const chain = await db.chain.findUnique({
    where: { id: chainId },
    select: { id: true, name: true, restaurants: { take: 1, orderBy: { name: "asc" }, select: { timeZone: true } } },
  });
  if (!chain) throw notFound("Chain");
  // The chain's days are cut in its (first outlet's) time zone.
  const timeZone = chain.restaurants[0]?.timeZone ?? DEFAULT_TIME_ZONE;
  const dates = reportDates(query, localDateOf(now, timeZone));
  const from = zonedInstant(dates.from, 0, timeZone);
  const to = zonedInstant(addDays(dates.to, 1), 0, timeZone);
  const sales = salesWindow(to, now);

  const [outlets, orders, incidents] = await Promise.all([
    loadListingBands(db, { chainId }, { from, to, hoursFrom: sales.from < from ? sales.from : from }),
    db.order.groupBy({
      by: ["restaurantId"],
      where: { restaurant: { chainId }, placedAt: { gte: sales.from, lt: sales.to }, status: { notIn: [...NOT_SALES] } },
      _count: { _all: true },
      _sum: { subtotalCents: true },
    }),
    db.incident.findMany({
      where: { chainId, startedAt: { gte: from, lt: to } },
      select: { startedAt: true, acknowledgedAt: true, resolvedAt: true },
    }),
  ]);
  const salesOf = new Map(orders.map((o) => [o.restaurantId, { orders: o._count._all, basketCents: o._sum.subtotalCents ?? 0 }]));

  const report = buildChainReport({
    from,
    to,
    now,
    granularity: query.granularity,
    timeZone,
    incidents,
    outlets: outlets.map((o) => ({ ...o, sales: salesOf.get(o.restaurantId) ?? { orders: 0, basketCents: 0 } })),
  });
  return { chain: { id: chain.id, name: chain.name }, dates, ...report };
}
