// The one way an order comes into existence (web checkout and table tablets alike):
// server-side prices, opening hours, and stock reserved in the same transaction as the
// order, its items, its payment record and its first event. Nothing is half-written.
import { randomInt } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { isUniqueViolation, retryOnConflict } from "@/lib/db/retry-on-conflict";
import { CLOSED_MESSAGES, outletOrderability } from "@/lib/catalog/outlet-orderability";
import { invalidateMenu } from "@/lib/catalog/get-menu";
import { priceOrder } from "@/lib/orders/price-order";
import { formatCents } from "@/lib/money";
import { appendOrderEvent, type EventActor } from "@/lib/orders/append-order-event";
import { orderFingerprint } from "@/lib/orders/order-fingerprint";
import type { OrderChannel } from "@/lib/generated/prisma/enums";

export interface OrderLineInput {
  itemId: string;
  quantity: number;
  notes?: string;
}

export interface NewOrder {
  restaurantId: string;
  owner: { customerId: string } | { tableId: string };
  channel: OrderChannel;
  idempotencyKey: string;
  lines: OrderLineInput[];
  delivery: { address: string; lat: number; lng: number } | null;
  tipCents: number;
  actor: EventActor;
  /** Provider that will charge the order; null when the bill is paid at the table. */
  paymentProvider: string | null;
  /** Table tablets send the menu version they show; a stale menu is refused (409). */
  menuVersion?: number;
  /** Runs once a replay is ruled out: rate limits count new orders, never replays. */
  beforeCreate?: () => Promise<void>;
  now?: Date;
}

export const orderSelect = {
  id: true,
  restaurantId: true,
  customerId: true,
  tableId: true,
  channel: true,
  status: true,
  subtotalCents: true,
  deliveryFeeCents: true,
  serviceFeeCents: true,
  taxCents: true,
  tipCents: true,
  totalCents: true,
  currency: true,
  deliveryAddress: true,
  deliveryLat: true,
  deliveryLng: true,
  deliveryCode: true,
  failureReason: true,
  placedAt: true,
  version: true,
  items: { select: { itemId: true, name: true, unitPriceCents: true, quantity: true, notes: true } },
} as const;

export class ItemsUnavailableError extends AppError {
  constructor(readonly items: { itemId: string; name: string; available: number }[]) {
    super(409, `No longer available: ${items.map((i) => i.name).join(", ")}`, "items_unavailable", items);
  }
}

/** The key was used before for an order with other content (Stripe answers such a reuse with an error too). */
export class IdempotencyKeyReusedError extends AppError {
  constructor() {
    // Said so a person can act on it too: the checkout and the tablet show it as it is.
    super(422, "An earlier attempt with this key already placed a different order: check your orders, and use a new key for a new order", "idempotency_key_reused");
  }
}

/** Same item on several lines counts once, with the quantities added up. */
function mergeLines(lines: OrderLineInput[]): OrderLineInput[] {
  const merged = new Map<string, OrderLineInput>();
  for (const line of lines) {
    const seen = merged.get(line.itemId);
    if (seen) seen.quantity += line.quantity;
    else merged.set(line.itemId, { ...line });
  }
  // Locking inventory rows in one global order keeps two multi-item orders from deadlocking.
  return [...merged.values()].sort((a, b) => a.itemId.localeCompare(b.itemId));
}

/** The order this key already made, if any; throws when it was made from another request. */
async function findExisting(order: NewOrder, requestHash: string) {
  const where =
    "customerId" in order.owner
      ? { customerId_idempotencyKey: { customerId: order.owner.customerId, idempotencyKey: order.idempotencyKey } }
      : { tableId_idempotencyKey: { tableId: order.owner.tableId, idempotencyKey: order.idempotencyKey } };
  const existing = await prisma.order.findUnique({ where, select: { ...orderSelect, requestHash: true } });
  if (!existing) return null;
  const { requestHash: storedHash, ...found } = existing;
  // Orders placed before fingerprints were kept (null) are answered as replays, as they were then.
  if (storedHash !== null && storedHash !== requestHash) throw new IdempotencyKeyReusedError();
  return found;
}

export async function createOrder(order: NewOrder) {
  const requestHash = orderFingerprint(order);
  const existing = await findExisting(order, requestHash);
  if (existing) return { order: existing, created: false };
  await order.beforeCreate?.();

  const now = order.now ?? new Date();
  const lines = mergeLines(order.lines);
  const restaurant = await prisma.restaurant.findUnique({
    where: { id: order.restaurantId },
    select: {
      id: true,
      timeZone: true,
      declaredStatus: true,
      statusUntil: true,
      avgPrepMinutes: true,
      busyExtraMinutes: true,
      deliveryFeeCents: true,
      minOrderCents: true,
      menuVersion: true,
      openingPeriods: { select: { dayOfWeek: true, opensMinute: true, closesMinute: true } },
      openingExceptions: { select: { date: true, closed: true, opensMinute: true, closesMinute: true } },
      items: {
        where: { id: { in: lines.map((l) => l.itemId) } },
        select: { id: true, name: true, priceCents: true, inStock: true, archivedAt: true, inventory: { select: { quantity: true } } },
      },
    },
  });
  if (!restaurant) throw notFound("Restaurant");
  if (order.menuVersion !== undefined && order.menuVersion !== restaurant.menuVersion) {
    throw new AppError(409, "Version conflict", "menu_version_conflict", { currentVersion: restaurant.menuVersion });
  }

  const items = new Map(restaurant.items.map((i) => [i.id, i]));
  const unknown = lines.filter((l) => !items.has(l.itemId)).map((l) => l.itemId);
  if (unknown.length) throw new AppError(400, "Invalid item", "invalid_item", { itemIds: unknown });

  const orderability = outletOrderability(
    restaurant,
    { timeZone: restaurant.timeZone, periods: restaurant.openingPeriods, exceptions: restaurant.openingExceptions },
    now,
  );
  if (!orderability.orderable) throw new AppError(409, CLOSED_MESSAGES[orderability.reason!], "restaurant_closed");

  const unavailable = lines
    .map((l) => ({ line: l, item: items.get(l.itemId)! }))
    .filter(({ line, item }) => !item.inStock || item.archivedAt || (item.inventory?.quantity != null && item.inventory.quantity < line.quantity))
    .map(({ item }) => ({ itemId: item.id, name: item.name, available: item.inStock && !item.archivedAt ? (item.inventory?.quantity ?? 0) : 0 }));
  if (unavailable.length) throw new ItemsUnavailableError(unavailable);

  const totals = priceOrder({
    lines: lines.map((l) => ({ unitPriceCents: items.get(l.itemId)!.priceCents, quantity: l.quantity })),
    delivery: order.delivery !== null,
    deliveryFeeCents: restaurant.deliveryFeeCents,
    tipCents: order.tipCents,
  });
  if (order.delivery && totals.subtotalCents < restaurant.minOrderCents) {
    // The amounts in words for a person, and in integer cents for a program.
    throw new AppError(
      409,
      `The food comes to ${formatCents(totals.subtotalCents)}, below this restaurant's minimum of ${formatCents(restaurant.minOrderCents)} for delivery`,
      "below_minimum",
      { minOrderCents: restaurant.minOrderCents, subtotalCents: totals.subtotalCents },
    );
  }

  try {
    const created = await retryOnConflict(() =>
      prisma.$transaction(async (tx) => {
        // Insert first: a concurrent replay of the same key stops here on the unique index.
        const row = await tx.order.create({
          data: {
            restaurantId: restaurant.id,
            ...order.owner,
            channel: order.channel,
            idempotencyKey: order.idempotencyKey,
            requestHash,
            ...totals,
            deliveryAddress: order.delivery?.address,
            deliveryLat: order.delivery?.lat,
            deliveryLng: order.delivery?.lng,
            deliveryCode: order.delivery ? String(randomInt(0, 10_000)).padStart(4, "0") : null,
            prepMinutes: orderability.prepMinutes,
            placedAt: now,
            items: {
              createMany: {
                data: lines.map((l) => ({
                  itemId: l.itemId,
                  name: items.get(l.itemId)!.name,
                  unitPriceCents: items.get(l.itemId)!.priceCents,
                  quantity: l.quantity,
                  notes: l.notes,
                })),
              },
            },
            payments: order.paymentProvider ? { create: { provider: order.paymentProvider, amountCents: totals.totalCents } } : undefined,
          },
          select: { id: true },
        });
        const shortOf: { itemId: string; name: string; available: number }[] = [];
        for (const line of lines) {
          if (items.get(line.itemId)!.inventory?.quantity == null) continue; // untracked: always available
          // The guard `quantity >= n` makes the decrement atomic: stock can never go negative
          // and no concurrent decrement is lost. `version` moves so absolute writers
          // (a staff count) detect that they raced an order.
          const reserved = await tx.$executeRaw`
            UPDATE inventory SET quantity = quantity - ${line.quantity}, version = version + 1, updated_at = now()
            WHERE item_id = ${line.itemId}::uuid AND quantity >= ${line.quantity}`;
          if (reserved === 0) shortOf.push({ itemId: line.itemId, name: items.get(line.itemId)!.name, available: 0 });
        }
        if (shortOf.length) {
          const left = await tx.inventory.findMany({ where: { itemId: { in: shortOf.map((s) => s.itemId) } }, select: { itemId: true, quantity: true } });
          for (const s of shortOf) s.available = left.find((l) => l.itemId === s.itemId)?.quantity ?? 0;
          throw new ItemsUnavailableError(shortOf);
        }
        await appendOrderEvent(tx, {
          orderId: row.id,
          restaurantId: restaurant.id,
          type: "order.placed",
          to: "PLACED",
          actor: order.actor,
          payload: { totalCents: totals.totalCents, channel: order.channel },
        });
        return tx.order.findUniqueOrThrow({ where: { id: row.id }, select: orderSelect });
      }),
    );
    // Stock moved: menus must show it (an item may have just sold out).
    if (lines.some((l) => items.get(l.itemId)!.inventory?.quantity != null)) await invalidateMenu(restaurant.id);
    return { order: created, created: true };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Lost the race to the same key: answer with the order that won if it is the same request.
    const winner = await findExisting(order, requestHash);
    if (!winner) throw error;
    return { order: winner, created: false };
  }
}
