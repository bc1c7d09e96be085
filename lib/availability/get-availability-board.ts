// What the kitchen's availability screen shows: the outlet's declared status (with the
// version to send back), whether customers can order right now, every live item with its
// stock switch and count, every live option by its group (86 switch, count and the version to
// send back with a count), and the latest availability reports (who, when, what, why).
// GET /api/v1/restaurants/{id}/availability and /kitchen/[restaurantId]/availability.
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertOutletStaff } from "@/lib/menu/assert-outlet-staff";
import { loadOrderability } from "@/lib/catalog/load-orderability";

const RECENT_REPORTS = 30;

export async function getAvailabilityBoard(actor: Actor, restaurantId: unknown, now = new Date()) {
  const id = await assertOutletStaff(actor, restaurantId);
  const [restaurant, items, optionGroups, reports] = await Promise.all([
    prisma.restaurant.findUniqueOrThrow({
      where: { id },
      select: {
        id: true,
        name: true,
        timeZone: true,
        avgPrepMinutes: true,
        declaredStatus: true,
        statusReason: true,
        statusUntil: true,
        busyExtraMinutes: true,
        version: true,
        menuVersion: true,
      },
    }),
    prisma.foodItem.findMany({
      where: { restaurantId: id, archivedAt: null },
      orderBy: [{ category: { position: "asc" } }, { position: "asc" }, { name: "asc" }],
      select: {
        id: true,
        name: true,
        kind: true,
        inStock: true,
        category: { select: { name: true } },
        inventory: { select: { quantity: true, maxQuantity: true, version: true } },
      },
    }),
    prisma.optionGroup.findMany({
      where: { restaurantId: id, archivedAt: null },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: {
        id: true,
        name: true,
        options: {
          where: { archivedAt: null },
          orderBy: [{ position: "asc" }, { name: "asc" }],
          select: { id: true, name: true, inStock: true, quantity: true, version: true },
        },
      },
    }),
    prisma.availabilityReport.findMany({
      where: { restaurantId: id },
      orderBy: { createdAt: "desc" },
      take: RECENT_REPORTS,
      select: { id: true, kind: true, reason: true, until: true, payload: true, createdAt: true, actor: { select: { name: true } } },
    }),
  ]);
  const orderability = (await loadOrderability([restaurant], now)).get(restaurant.id)!;
  return {
    restaurant: { ...restaurant, open: orderability.orderable, closedReason: orderability.reason, prepMinutes: orderability.prepMinutes },
    items: items.map(({ category, inventory, ...item }) => ({
      ...item,
      category: category?.name ?? null,
      quantity: inventory?.quantity ?? null,
      maxQuantity: inventory?.maxQuantity ?? null,
      // An item without an inventory row is edited as version 0 (set-inventory creates it).
      inventoryVersion: inventory?.version ?? 0,
    })),
    optionGroups: optionGroups.filter((g) => g.options.length > 0),
    reports: reports.map(({ actor: author, ...report }) => ({ ...report, actorName: author?.name ?? null })),
  };
}

export type AvailabilityBoard = Awaited<ReturnType<typeof getAvailabilityBoard>>;
