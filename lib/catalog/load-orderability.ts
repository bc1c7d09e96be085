// Whether each outlet of a page can take orders now. Loads the opening periods and the
// exceptions around today for just those outlets, then asks outletOrderability, so browse
// and search mark closed outlets exactly as the menu and checkout refuse them.
import { prisma } from "@/lib/db/client";
import { outletOrderability, type Orderability, type OutletState } from "@/lib/catalog/outlet-orderability";
import type { DatedException, WeeklyPeriod } from "@/lib/catalog/opening-hours";

export interface OutletForOrderability extends OutletState {
  id: string;
  timeZone: string;
}

const DAY_MS = 86_400_000;
/** Opening hours look one local day back (periods past midnight) and follow round-the-clock
 *  stretches up to two weeks ahead to find the closing time. */
export const EXCEPTIONS_BEFORE_DAYS = 2;
export const EXCEPTIONS_AFTER_DAYS = 16;

export async function loadOrderability(outlets: readonly OutletForOrderability[], now: Date): Promise<Map<string, Orderability>> {
  const ids = outlets.map((o) => o.id);
  if (ids.length === 0) return new Map();
  const [periods, exceptions] = await Promise.all([
    prisma.openingPeriod.findMany({
      where: { restaurantId: { in: ids } },
      select: { restaurantId: true, dayOfWeek: true, opensMinute: true, closesMinute: true },
    }),
    prisma.openingException.findMany({
      where: {
        restaurantId: { in: ids },
        date: { gte: new Date(now.getTime() - EXCEPTIONS_BEFORE_DAYS * DAY_MS), lte: new Date(now.getTime() + EXCEPTIONS_AFTER_DAYS * DAY_MS) },
      },
      select: { restaurantId: true, date: true, closed: true, opensMinute: true, closesMinute: true },
    }),
  ]);
  const periodsOf = groupBy<WeeklyPeriod & { restaurantId: string }>(periods);
  const exceptionsOf = groupBy<DatedException & { restaurantId: string }>(exceptions);
  return new Map(
    outlets.map((o) => [
      o.id,
      outletOrderability(o, { timeZone: o.timeZone, periods: periodsOf.get(o.id) ?? [], exceptions: exceptionsOf.get(o.id) ?? [] }, now),
    ]),
  );
}

function groupBy<T extends { restaurantId: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.restaurantId);
    if (group) group.push(row);
    else groups.set(row.restaurantId, [row]);
  }
  return groups;
}
