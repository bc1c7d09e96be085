// A restaurant's menu for customers: GET /api/v1/restaurants/{id}/menu and /r/[id].
// The menu and stock come from the cache (invalidated on every change); whether the
// outlet is open is computed per request, because time moves on while the cache waits.
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { getOrLoad, invalidate } from "@/lib/cache/cache";
import { outletOrderability } from "@/lib/catalog/outlet-orderability";
import { editableItemSelect } from "@/lib/menu/editable-item-select";

const MENU_TTL_MS = 60_000;
export const menuCacheKey = (restaurantId: string) => `menu:${restaurantId}`;

/** Call after anything a menu shows changed (items, prices, stock, outlet status, hours). */
export const invalidateMenu = (restaurantId: string) => invalidate(menuCacheKey(restaurantId));

async function loadMenu(restaurantId: string) {
  const r = await prisma.restaurant.findUnique({
    where: { id: restaurantId },
    select: {
      id: true,
      name: true,
      description: true,
      cuisines: true,
      dietaryTags: true,
      priceLevel: true,
      rating: true,
      ratingCount: true,
      address: true,
      city: true,
      lat: true,
      lng: true,
      timeZone: true,
      deliveryFeeCents: true,
      minOrderCents: true,
      avgPrepMinutes: true,
      busyExtraMinutes: true,
      declaredStatus: true,
      // Not statusReason: staff write it for each other ("Oven broken"), not for customers.
      statusUntil: true,
      menuVersion: true,
      chain: { select: { name: true } },
      openingPeriods: { orderBy: [{ dayOfWeek: "asc" }, { opensMinute: "asc" }], select: { dayOfWeek: true, opensMinute: true, closesMinute: true } },
      openingExceptions: { where: { date: { gte: new Date(Date.now() - 86_400_000) } }, select: { date: true, closed: true, opensMinute: true, closesMinute: true } },
      categories: { where: { archivedAt: null }, orderBy: { position: "asc" }, select: { id: true, name: true } },
      items: {
        where: { archivedAt: null },
        orderBy: { position: "asc" },
        select: { ...editableItemSelect, inventory: { select: { quantity: true } } },
      },
    },
  });
  if (!r) return null;
  const { items, categories, rating, ...restaurant } = r;
  const toItem = (i: (typeof items)[number]) => ({
    id: i.id,
    name: i.name,
    description: i.description,
    priceCents: i.priceCents,
    tags: i.tags,
    prepMinutes: i.prepMinutes,
    kind: i.kind,
    photoUrl: i.photoUrl,
    available: i.inStock && (i.inventory?.quantity == null || i.inventory.quantity > 0),
    /** Units left when stock is counted and running low, so customers see "3 left". */
    remaining: i.inventory?.quantity != null && i.inventory.quantity <= 5 ? i.inventory.quantity : null,
  });
  const uncategorised = items.filter((i) => !i.categoryId || !categories.some((c) => c.id === i.categoryId));
  return {
    restaurant: { ...restaurant, rating: Number(rating) },
    categories: [
      ...categories.map((c) => ({ id: c.id, name: c.name, items: items.filter((i) => i.categoryId === c.id).map(toItem) })),
      ...(uncategorised.length ? [{ id: "other", name: "More", items: uncategorised.map(toItem) }] : []),
    ].filter((c) => c.items.length > 0),
  };
}

export type Menu = NonNullable<Awaited<ReturnType<typeof getMenu>>>;

export async function getMenu(restaurantId: string, now = new Date()) {
  const menu = await getOrLoad(menuCacheKey(restaurantId), MENU_TTL_MS, () => loadMenu(restaurantId));
  if (!menu) throw notFound("Restaurant");
  const { openingPeriods, openingExceptions, statusUntil, ...restaurant } = menu.restaurant;
  const hours = { timeZone: restaurant.timeZone, periods: openingPeriods, exceptions: openingExceptions };
  // Dates came back from JSON as strings.
  const until = statusUntil ? new Date(statusUntil) : null;
  const orderability = outletOrderability({ ...restaurant, statusUntil: until }, hours, now);
  return {
    restaurant: {
      ...restaurant,
      statusUntil: until,
      openingPeriods,
      open: orderability.orderable,
      closedReason: orderability.reason,
      closesAt: orderability.closesAt,
      prepMinutes: orderability.prepMinutes,
    },
    categories: menu.categories,
  };
}
