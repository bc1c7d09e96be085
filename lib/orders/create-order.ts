// The one way an order comes into existence (web checkout and table tablets alike):
// server-side prices, opening hours, and stock reserved in the same transaction as the
// order, its items, its payment record and its first event. Nothing is half-written.
// The hot path is one read (read-order-context.ts) and one written statement in a
// transaction (insert-order.ts); the rare replay and race paths read through the ORM.
import { randomInt } from "node:crypto";
import { prisma, type Tx } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { isUniqueViolation, retryOnConflict } from "@/lib/db/retry-on-conflict";
import { CLOSED_MESSAGES, outletOrderability } from "@/lib/catalog/outlet-orderability";
import { invalidateMenu } from "@/lib/catalog/get-menu";
import { priceOrder } from "@/lib/orders/price-order";
import { formatCents } from "@/lib/money";
import type { EventActor } from "@/lib/orders/append-order-event";
import { orderFingerprint } from "@/lib/orders/order-fingerprint";
import type { OrderChannel, OrderStatus } from "@/lib/generated/prisma/enums";
import { insertOrder, type InsertedOrder, type OrderRow } from "@/lib/orders/insert-order";
import { readOrderContext, type OrderableItem } from "@/lib/orders/read-order-context";

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
  const lines = mergeLines(order.lines);
  const context = await readOrderContext({
    restaurantId: order.restaurantId,
    owner: order.owner,
    idempotencyKey: order.idempotencyKey,
    itemIds: lines.map((l) => l.itemId),
  });
  if (context.existing) {
    // Orders placed before fingerprints were kept (null) are answered as replays, as they were then.
    if (context.existing.requestHash !== null && context.existing.requestHash !== requestHash) throw new IdempotencyKeyReusedError();
    return { order: await readOrder(context.existing.id), created: false };
  }
  await order.beforeCreate?.();

  const now = order.now ?? new Date();
  const { outlet, items } = context;
  if (!outlet) throw notFound("Restaurant");
  if (order.menuVersion !== undefined && order.menuVersion !== outlet.menuVersion) {
    throw new AppError(409, "Version conflict", "menu_version_conflict", { currentVersion: outlet.menuVersion });
  }

  const unknown = lines.filter((l) => !items.has(l.itemId)).map((l) => l.itemId);
  if (unknown.length) throw new AppError(400, "Invalid item", "invalid_item", { itemIds: unknown });

  const orderability = outletOrderability(outlet, outlet.hours, now);
  if (!orderability.orderable) throw new AppError(409, CLOSED_MESSAGES[orderability.reason!], "restaurant_closed");

  const unavailable = lines
    .map((l) => ({ line: l, item: items.get(l.itemId)! }))
    .filter(({ line, item }) => !item.inStock || item.archived || (item.quantity != null && item.quantity < line.quantity))
    .map(({ item }) => ({ itemId: item.id, name: item.name, available: item.inStock && !item.archived ? (item.quantity ?? 0) : 0 }));
  if (unavailable.length) throw new ItemsUnavailableError(unavailable);

  const totals = priceOrder({
    lines: lines.map((l) => ({ unitPriceCents: items.get(l.itemId)!.priceCents, quantity: l.quantity })),
    delivery: order.delivery !== null,
    deliveryFeeCents: outlet.deliveryFeeCents,
    tipCents: order.tipCents,
  });
  if (order.delivery && totals.subtotalCents < outlet.minOrderCents) {
    // The amounts in words for a person, and in integer cents for a program.
    throw new AppError(
      409,
      `The food comes to ${formatCents(totals.subtotalCents)}, below this restaurant's minimum of ${formatCents(outlet.minOrderCents)} for delivery`,
      "below_minimum",
      { minOrderCents: outlet.minOrderCents, subtotalCents: totals.subtotalCents },
    );
  }

  const tracked = lines.filter((l) => items.get(l.itemId)!.quantity != null);
  const row: OrderRow = {
    restaurantId: outlet.id,
    owner: order.owner,
    channel: order.channel,
    idempotencyKey: order.idempotencyKey,
    requestHash,
    totals,
    delivery: order.delivery && { ...order.delivery, code: String(randomInt(0, 10_000)).padStart(4, "0") },
    prepMinutes: orderability.prepMinutes,
    placedAt: now,
    lines: lines.map((l) => ({ itemId: l.itemId, name: items.get(l.itemId)!.name, unitPriceCents: items.get(l.itemId)!.priceCents, quantity: l.quantity, notes: l.notes ?? null })),
    paymentProvider: order.paymentProvider,
    actor: order.actor,
  };
  try {
    const inserted = await retryOnConflict(() =>
      prisma.$transaction(async (tx) => {
        const written = await insertOrder(tx, row);
        // Some tracked item had too little left when it came to it: nothing of the order stays.
        if (written.reservedCount < tracked.length) throw new ItemsUnavailableError(await stockLeft(tx, tracked.map((l) => items.get(l.itemId)!)));
        return written;
      }),
    );
    // Stock moved: menus must show it (an item may have just sold out).
    if (tracked.length) await invalidateMenu(outlet.id);
    return { order: placedOrder(row, inserted), created: true, paymentId: inserted.paymentId };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Lost the race to the same key: answer with the order that won if it is the same request.
    const winner = await findExisting(order, requestHash);
    if (!winner) throw error;
    return { order: winner, created: false };
  }
}

/** What is left of tracked items an order could not reserve (read inside the aborted attempt's transaction). */
async function stockLeft(tx: Tx, items: OrderableItem[]) {
  const left = await tx.inventory.findMany({ where: { itemId: { in: items.map((i) => i.id) } }, select: { itemId: true, quantity: true } });
  return items.map((item) => ({ itemId: item.id, name: item.name, available: left.find((l) => l.itemId === item.id)?.quantity ?? 0 }));
}

const readOrder = (id: string) => prisma.order.findUniqueOrThrow({ where: { id }, select: orderSelect });

/** The new order as `orderSelect` reads it, from what was written (no read back). */
function placedOrder(row: OrderRow, inserted: InsertedOrder) {
  return {
    id: inserted.id,
    restaurantId: row.restaurantId,
    customerId: "customerId" in row.owner ? row.owner.customerId : null,
    tableId: "tableId" in row.owner ? row.owner.tableId : null,
    channel: row.channel,
    status: "PLACED" as OrderStatus,
    ...row.totals,
    currency: inserted.currency,
    deliveryAddress: row.delivery?.address ?? null,
    deliveryLat: row.delivery?.lat ?? null,
    deliveryLng: row.delivery?.lng ?? null,
    deliveryCode: row.delivery?.code ?? null,
    failureReason: null,
    placedAt: row.placedAt,
    version: 0,
    items: row.lines,
  };
}
