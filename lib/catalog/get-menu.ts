// A restaurant's menu for customers: GET /api/v1/restaurants/{id}/menu and /r/[id].
// The menu and stock come from the cache (invalidated on every change); whether the
// outlet is open is computed per request, because time moves on while the cache waits.
// The cache holds the menu as the text it is served as, so the API (a hot read) sends the
// categories, the bulk of it, as stored and serialises only the small restaurant part.
import { createHash } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { getOrLoadText, invalidate } from "@/lib/cache/cache";
import { outletOrderability, sameLiveWindow } from "@/lib/catalog/outlet-orderability";
import { editableItemSelect } from "@/lib/menu/editable-item-select";
import { itemGroupIdsSelect, liveOptionGroupsSelect, optionGroupsByItem, requiredChoicesAvailable } from "@/lib/catalog/option-groups-by-item";

const MENU_TTL_MS = 60_000;
// "menu-text:", not the earlier "menu:" (a JSON object): an instance of this version must
// never read an entry in the old form from a Redis shared with one still running it.
export const menuCacheKey = (restaurantId: string) => `menu-text:${restaurantId}`;

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
      optionGroups: liveOptionGroupsSelect,
      items: {
        where: { archivedAt: null },
        orderBy: { position: "asc" },
        select: {
          ...editableItemSelect,
          inventory: { select: { quantity: true } },
          optionGroups: itemGroupIdsSelect,
        },
      },
    },
  });
  if (!r) return null;
  const { items, categories, optionGroups, rating, ...restaurant } = r;
  const groupsOf = optionGroupsByItem(optionGroups);
  const toItem = (i: (typeof items)[number]) => {
    const groups = groupsOf(i.optionGroups);
    return {
      id: i.id,
      name: i.name,
      description: i.description,
      priceCents: i.priceCents,
      tags: i.tags,
      prepMinutes: i.prepMinutes,
      kind: i.kind,
      photoUrl: i.photoUrl,
      available: i.inStock && (i.inventory?.quantity == null || i.inventory.quantity > 0) && requiredChoicesAvailable(groups),
      /** Units left when stock is counted and running low, so customers see "3 left". */
      remaining: i.inventory?.quantity != null && i.inventory.quantity <= 5 ? i.inventory.quantity : null,
      allergens: i.allergens,
      mayContain: i.mayContain,
      optionGroups: groups,
    };
  };
  const uncategorised = items.filter((i) => !i.categoryId || !categories.some((c) => c.id === i.categoryId));
  return {
    restaurant: { ...restaurant, rating: Number(rating) },
    categories: [
      ...categories.map((c) => ({ id: c.id, name: c.name, items: items.filter((i) => i.categoryId === c.id).map(toItem) })),
      ...(uncategorised.length ? [{ id: "other", name: "More", items: uncategorised.map(toItem) }] : []),
    ].filter((c) => c.items.length > 0),
  };
}

/**
 * The cached form: `<digest>\n<restaurant JSON>\n<categories JSON>`, or "" for no such
 * restaurant. JSON.stringify never writes a raw line break, so the parts split cleanly; the
 * digest covers both parts and is computed once per load, for the ETag.
 */
async function loadMenuText(restaurantId: string): Promise<string> {
  const menu = await loadMenu(restaurantId);
  if (!menu) return "";
  const stored = `${JSON.stringify(menu.restaurant)}\n${JSON.stringify(menu.categories)}`;
  return `${digest(stored)}\n${stored}`;
}

const digest = (text: string) => createHash("sha1").update(text).digest("base64url");

type StoredRestaurant = NonNullable<Awaited<ReturnType<typeof loadMenu>>>["restaurant"];

interface ReadMenu {
  text: string;
  digest: string;
  restaurant: StoredRestaurant;
  categoriesJson: string;
  /** The last answer built from this text (getMenuJson), reused while its live part is unchanged. */
  answer?: { live: string; body: Uint8Array<ArrayBuffer>; etag: string };
  /** When `answer.live` was computed (ms), to reuse it without recomputing within the same window (sameLiveWindow). */
  answeredAt?: number;
}

// The menus this process read last, parsed, and their last answers: a hot menu's next read
// costs the live part's small stringify, not a parse, a hash and a 50 KB encoding. Bounded
// (oldest dropped first); an entry is used only while the cache still holds the same text.
const MAX_PARSED = 256;
const utf8 = new TextEncoder();
const parsed = new Map<string, ReadMenu>();

async function readMenu(restaurantId: string): Promise<ReadMenu> {
  const text = await getOrLoadText(menuCacheKey(restaurantId), MENU_TTL_MS, () => loadMenuText(restaurantId));
  if (!text) throw notFound("Restaurant");
  const known = parsed.get(restaurantId);
  if (known?.text === text) return known;
  const first = text.indexOf("\n");
  const second = text.indexOf("\n", first + 1);
  const menu: ReadMenu = {
    text,
    digest: text.slice(0, first),
    restaurant: JSON.parse(text.slice(first + 1, second)) as StoredRestaurant,
    categoriesJson: text.slice(second + 1),
  };
  parsed.delete(restaurantId);
  if (parsed.size >= MAX_PARSED) parsed.delete(parsed.keys().next().value!);
  parsed.set(restaurantId, menu);
  return menu;
}

/** The restaurant as customers see it now: the stored one plus whether it takes orders at `now`. */
function liveRestaurant(stored: StoredRestaurant, now: Date) {
  const { openingPeriods, openingExceptions, statusUntil, ...restaurant } = stored;
  const hours = { timeZone: restaurant.timeZone, periods: openingPeriods, exceptions: openingExceptions };
  // Dates came back from JSON as strings.
  const until = statusUntil ? new Date(statusUntil) : null;
  const orderability = outletOrderability({ ...restaurant, statusUntil: until }, hours, now);
  return {
    ...restaurant,
    statusUntil: until,
    openingPeriods,
    open: orderability.orderable,
    closedReason: orderability.reason,
    closesAt: orderability.closesAt,
    prepMinutes: orderability.prepMinutes,
  };
}

type Categories = NonNullable<Awaited<ReturnType<typeof loadMenu>>>["categories"];
export type Menu = Awaited<ReturnType<typeof getMenu>>;

export async function getMenu(restaurantId: string, now = new Date()) {
  const menu = await readMenu(restaurantId);
  return { restaurant: liveRestaurant(menu.restaurant, now), categories: JSON.parse(menu.categoriesJson) as Categories };
}

/**
 * The menu as the API sends it: the same JSON as `getMenu`, written around the stored
 * categories text, with a strong ETag (the same tag always means the same bytes: it covers
 * the cached menu's digest and the per-request restaurant part).
 */
export async function getMenuJson(restaurantId: string, now = new Date()) {
  const menu = await readMenu(restaurantId);
  const at = now.getTime();
  if (!menu.answer || menu.answeredAt === undefined || !sameLiveWindow(menu.answeredAt, at, menu.restaurant.statusUntil)) {
    const live = JSON.stringify(liveRestaurant(menu.restaurant, now));
    if (menu.answer?.live !== live) {
      menu.answer = {
        live,
        body: utf8.encode(`{"restaurant":${live},"categories":${menu.categoriesJson}}`),
        etag: `"${digest(`${menu.digest}\n${live}`)}"`,
      };
    }
    menu.answeredAt = at;
  }
  return { body: menu.answer.body, etag: menu.answer.etag, menuVersion: menu.restaurant.menuVersion };
}
