import type { Tx } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { canTransition, type TransitionActor } from "@/lib/orders/status-machine";
import { appendOrderEvent, type EventActor } from "@/lib/orders/append-order-event";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Moves an order to `to` inside the caller's transaction: the status machine decides if
 * the move is legal for this actor and this kind of order (its channel), a compare-and-set
 * on `version` makes concurrent moves (accept vs. reject, pay vs. cancel) settle with
 * exactly one winner, and the event is written with it.
 */
export async function transitionOrder(
  tx: Tx,
  input: {
    orderId: string;
    to: OrderStatus;
    actor: EventActor & { role: TransitionActor };
    /** Other columns to change with the status (prep time, failure reason…). */
    data?: Prisma.OrderUpdateManyMutationInput;
    payload?: Prisma.InputJsonValue;
  },
) {
  const order = await tx.order.findUnique({
    where: { id: input.orderId },
    select: { id: true, status: true, version: true, restaurantId: true, channel: true },
  });
  if (!order) throw notFound("Order");
  if (!canTransition(order.status, input.to, input.actor.role, order.channel)) {
    throw new AppError(409, `An order that is ${order.status.toLowerCase()} cannot become ${input.to.toLowerCase()}`, "illegal_transition", {
      from: order.status,
      to: input.to,
    });
  }
  const { count } = await tx.order.updateMany({
    where: { id: order.id, version: order.version },
    data: { ...input.data, status: input.to, version: { increment: 1 } },
  });
  if (count === 0) throw new AppError(409, "The order changed meanwhile; reload and try again", "version_conflict");
  await appendOrderEvent(tx, {
    orderId: order.id,
    restaurantId: order.restaurantId,
    type: `order.${input.to.toLowerCase()}`,
    from: order.status,
    to: input.to,
    actor: input.actor,
    payload: input.payload,
  });
  return { from: order.status, to: input.to, restaurantId: order.restaurantId };
}
