import { prisma } from "@/lib/db/client";
import { readTransactionHorizon } from "@/lib/events/transaction-horizon";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import { assertStaffOf } from "@/lib/kitchen/assert-staff-of";
import { kitchenOrderSelect, toKitchenOrder } from "@/lib/kitchen/kitchen-order";
import { kitchenOrdersQuerySchema, restaurantIdSchema } from "@/lib/kitchen/schemas";

/** Orders the kitchen still has to act on; a kitchen's queue is small, the cap is a guard. */
const ACTIVE: OrderStatus[] = ["PLACED", "PAID", "ACCEPTED", "PREPARING", "READY"];
const ACTIVE_LIMIT = 200;
/** Finished orders stay on screen for a while, for "where is my order?" at the counter. */
const RECENT_MS = 3 * 60 * 60 * 1000;
const RECENT_LIMIT = 30;

/**
 * An unpaid web order (still paying, or failed) never reached the kitchen: it shows only
 * table orders in PLACED, whose bill is settled at the table.
 */
const reachedKitchen: Prisma.OrderWhereInput = { NOT: { channel: { not: "TABLE" }, status: { in: ["PLACED", "PAYMENT_FAILED"] } } };

/**
 * A restaurant's queue (GET /api/v1/restaurants/{id}/orders and the kitchen screen): active
 * orders oldest first, then those finished in the last hours, newest first. `?status=` narrows
 * both. `cursor` is the outlet's latest event seq and `horizon` the transaction horizon, both
 * read before the orders: a screen that subscribes with them gets every change the list might
 * have missed (lib/events/transaction-horizon.ts).
 */
export async function listKitchenOrders(actor: Actor, restaurantId: string, query: unknown = {}, now = new Date()) {
  const id = restaurantIdSchema.parse(restaurantId);
  const { status } = kitchenOrdersQuerySchema.parse(query);
  await assertStaffOf(actor, id);

  const wanted = new Set<OrderStatus>(status ?? [...ACTIVE, "PICKED_UP", "DELIVERED", "CANCELLED", "REJECTED"]);
  const active = ACTIVE.filter((s) => wanted.has(s));
  const finished = [...wanted].filter((s) => !ACTIVE.includes(s));

  // Both before the orders: the horizon first, so any event the cursor counts as read but the
  // orders below do not reflect (a lower seq committed later) is at or above it.
  const horizon = await readTransactionHorizon();
  const { _max } = await prisma.orderEvent.aggregate({ where: { restaurantId: id }, _max: { seq: true } });
  const [open, done] = await Promise.all([
    active.length
      ? prisma.order.findMany({
          where: { AND: [{ restaurantId: id, status: { in: active } }, reachedKitchen] },
          orderBy: { placedAt: "asc" },
          take: ACTIVE_LIMIT,
          select: kitchenOrderSelect,
        })
      : [],
    finished.length
      ? prisma.order.findMany({
          where: { AND: [{ restaurantId: id, status: { in: finished }, updatedAt: { gte: new Date(now.getTime() - RECENT_MS) } }, reachedKitchen] },
          orderBy: { updatedAt: "desc" },
          take: RECENT_LIMIT,
          select: kitchenOrderSelect,
        })
      : [],
  ]);
  return { orders: [...open, ...done].map(toKitchenOrder), cursor: (_max.seq ?? 0n).toString(), horizon: horizon.toString() };
}

export type KitchenQueue = Awaited<ReturnType<typeof listKitchenOrders>>;
