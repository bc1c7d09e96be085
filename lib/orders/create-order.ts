// The one way an order comes into existence (web checkout and table tablets alike):
// server-side prices, opening hours, and stock reserved in the same transaction as the
// order, its items, its payment record and its first event. Nothing is half-written.
// The hot path is one read (read-order-context.ts) and one written statement in a
// transaction (insert-order.ts); the rare replay and race paths read through the ORM.
import { randomInt } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { inTransaction, queryRows, sql, type Sql } from "@/lib/db/sql";
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
import { mergeLines, resolveOrderLines, sumDemand, OptionUnavailableError, type Demand, type OrderLineInput } from "@/lib/orders/resolve-order-lines";
import { orderLineSelect, toOrderLine } from "@/lib/orders/order-line";

export interface NewOrder {
  restaurantId: string;
  owner: { customerId: string } | { tableId: string };
  channel: OrderChannel;
  idempotencyKey: string;
  lines: OrderLineInput[];
  /** The order's note for the kitchen ("allergic to nuts, please take care"). */
  kitchenNote?: string;
  delivery: { address: string; lat: number; lng: number; instructions?: string } | null;
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
  deliveryInstructions: true,
  failureReason: true,
  kitchenNote: true,
  placedAt: true,
  version: true,
  items: { select: orderLineSelect },
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
  return withLineOptions(found);
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

  const priced = resolveOrderLines(lines, items);
  const itemDemand = sumDemand(lines.map((l) => ({ id: l.itemId, quantity: l.quantity })));
  const unavailable = itemDemand
    .map((need) => ({ need, item: items.get(need.id)! }))
    .filter(({ need, item }) => !item.inStock || item.archived || (item.quantity != null && item.quantity < need.quantity))
    .map(({ item }) => ({ itemId: item.id, name: item.name, available: item.inStock && !item.archived ? (item.quantity ?? 0) : 0 }));
  if (unavailable.length) throw new ItemsUnavailableError(unavailable);

  const totals = priceOrder({
    lines: priced.lines,
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

  const tracked = itemDemand.filter((d) => items.get(d.id)!.quantity != null);
  const row: OrderRow = {
    restaurantId: outlet.id,
    owner: order.owner,
    channel: order.channel,
    idempotencyKey: order.idempotencyKey,
    requestHash,
    totals,
    delivery: order.delivery && {
      address: order.delivery.address,
      lat: order.delivery.lat,
      lng: order.delivery.lng,
      instructions: order.delivery.instructions || null,
      code: String(randomInt(0, 10_000)).padStart(4, "0"),
    },
    prepMinutes: orderability.prepMinutes,
    placedAt: now,
    lines: priced.lines,
    itemDemand,
    optionDemand: priced.optionDemand,
    kitchenNote: order.kitchenNote || null,
    paymentProvider: order.paymentProvider,
    actor: order.actor,
  };
  try {
    const inserted = await retryOnConflict(() =>
      inTransaction(async (tx) => {
        const written = await insertOrder(tx, row);
        // Some tracked item had too little left when it came to it: nothing of the order stays.
        if (written.reservedCount < tracked.length) throw new ItemsUnavailableError(await stockLeft(tx, tracked.map((d) => items.get(d.id)!)));
        // Some chosen option was 86'd, archived or sold out in the meantime: the same.
        if (written.optionsHeld < row.optionDemand.length) throw await optionGone(tx, row.optionDemand);
        return written;
      }),
    );
    // Stock moved: menus must show it (an item or option may have just sold out).
    if (tracked.length || priced.optionsTracked) await invalidateMenu(outlet.id);
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
async function stockLeft(tx: Sql, items: OrderableItem[]) {
  const left = await queryRows<{ item_id: string; quantity: number | null }>(
    sql`SELECT item_id, quantity FROM inventory WHERE item_id = ANY(${items.map((i) => i.id)}::uuid[])`,
    tx,
  );
  return items.map((item) => ({ itemId: item.id, name: item.name, available: left.find((l) => l.item_id === item.id)?.quantity ?? 0 }));
}

/** Which chosen option the write could not hold, as it is now (read inside the aborted attempt's transaction). */
async function optionGone(tx: Sql, demand: Demand[]) {
  const now = await queryRows<{ id: string; name: string; in_stock: boolean; archived: boolean; quantity: number | null }>(
    sql`SELECT id, name, in_stock, archived_at IS NOT NULL AS archived, quantity FROM menu_options WHERE id = ANY(${demand.map((d) => d.id)}::uuid[])`,
    tx,
  );
  for (const need of demand) {
    const option = now.find((o) => o.id === need.id)!;
    if (!option.in_stock || option.archived) return new OptionUnavailableError(option, 0);
    if (option.quantity !== null && option.quantity < need.quantity) return new OptionUnavailableError(option, option.quantity);
  }
  // Its stock was switched between counted and not counted as the order was written.
  return new AppError(409, "The menu changed while you ordered: please try again", "conflict");
}

/** Order lines as callers get them: the options snapshot typed, in its reading shape. */
function withLineOptions<T extends { items: Parameters<typeof toOrderLine>[0][] }>(order: T) {
  return { ...order, items: order.items.map(toOrderLine) };
}

export const readOrder = async (id: string) => withLineOptions(await prisma.order.findUniqueOrThrow({ where: { id }, select: orderSelect }));

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
    deliveryInstructions: row.delivery?.instructions ?? null,
    failureReason: null,
    kitchenNote: row.kitchenNote,
    placedAt: row.placedAt,
    version: 0,
    items: row.lines,
  };
}
