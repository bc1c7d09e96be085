// What a well-behaved partner marketplace would show for each of our outlets: it follows
// what staff declared and the opening hours (the same orderability our own channels use),
// and lists the items in stock. Faults switched on per outlet then make it misbehave.
import { prisma } from "@/lib/db/client";
import { loadOrderability } from "@/lib/catalog/load-orderability";
import type { PartnerFeedOutlet } from "@/lib/monitoring/partner-feed-format";

export const OUTLET_FAULTS = ["offline", "paused", "online_while_closed", "stale_items", "flapping", "error"] as const;
export type OutletFault = (typeof OUTLET_FAULTS)[number];

export async function feedSnapshot(
  channelCode: string,
  faultOf: (restaurantId: string) => OutletFault | undefined,
  flip: (restaurantId: string) => boolean,
  now = new Date(),
): Promise<PartnerFeedOutlet[]> {
  const listings = await prisma.listing.findMany({
    where: { channel: { code: channelCode } },
    select: {
      externalId: true,
      restaurant: {
        select: {
          id: true,
          timeZone: true,
          declaredStatus: true,
          statusUntil: true,
          avgPrepMinutes: true,
          busyExtraMinutes: true,
          items: { where: { archivedAt: null }, select: { id: true, inStock: true, inventory: { select: { quantity: true } } } },
        },
      },
    },
  });
  const orderability = await loadOrderability(
    listings.map((l) => l.restaurant),
    now,
  );
  return listings.map(({ externalId, restaurant }) => {
    const fault = faultOf(restaurant.id);
    const base = { externalId, restaurantId: restaurant.id };
    if (fault === "error") return { ...base, error: "partner could not load this store (500)" };
    const inStock = restaurant.items.filter((i) => i.inStock && (i.inventory?.quantity ?? 1) > 0).map((i) => i.id);
    const allItems = restaurant.items.map((i) => i.id);
    const o = orderability.get(restaurant.id)!;
    const honest = o.orderable ? "ONLINE" : o.reason === "paused" ? "PAUSED" : "OFFLINE";
    const state =
      fault === "offline"
        ? "OFFLINE"
        : fault === "paused"
          ? "PAUSED"
          : fault === "online_while_closed"
            ? "ONLINE"
            : fault === "flapping"
              ? flip(restaurant.id)
                ? "ONLINE"
                : "OFFLINE"
              : honest;
    return { ...base, state, orderableItemIds: fault === "stale_items" ? allItems : inStock };
  });
}
