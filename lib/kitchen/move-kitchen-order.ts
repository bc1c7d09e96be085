import { prisma, type Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { retryOnConflict } from "@/lib/db/retry-on-conflict";
import { transitionOrder } from "@/lib/orders/transition-order";
import { assertStaffOfOrder } from "@/lib/kitchen/assert-staff-of-order";
import { kitchenOrderSelect, toKitchenOrder } from "@/lib/kitchen/kitchen-order";
import { orderIdSchema } from "@/lib/kitchen/schemas";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface KitchenMove<T> {
  to: OrderStatus;
  data?: Prisma.OrderUpdateManyMutationInput;
  payload?: Prisma.InputJsonValue;
  /** More writes that stand or fall with the move (a rejection gives its stock back). */
  alongside?: (tx: Tx, restaurantId: string) => Promise<T>;
}

/**
 * What every kitchen action shares: the actor must be staff of the order's outlet, and the
 * move goes through the status machine in one transaction with its event (an illegal or
 * lost race is a 409). Returns the order as the kitchen sees it after the move.
 */
export async function moveKitchenOrder<T = undefined>(actor: Actor, orderId: string, move: KitchenMove<T>) {
  const id = orderIdSchema.parse(orderId);
  const restaurantId = await assertStaffOfOrder(actor, id);
  const alongside = await retryOnConflict(() =>
    prisma.$transaction(async (tx) => {
      await transitionOrder(tx, { orderId: id, to: move.to, actor: { id: actor.userId, role: actor.role }, data: move.data, payload: move.payload });
      return move.alongside?.(tx, restaurantId);
    }),
  );
  const order = toKitchenOrder(await prisma.order.findUniqueOrThrow({ where: { id }, select: kitchenOrderSelect }));
  return { order, restaurantId, alongside };
}
