import type { Prisma } from "@/lib/generated/prisma/client";
import type { OrderEventMessage } from "@/lib/realtime/events";

/** The columns browsers get. Not `actorId`: a customer has no business knowing staff user ids. */
export const orderEventSelect = {
  seq: true,
  orderId: true,
  restaurantId: true,
  type: true,
  fromStatus: true,
  toStatus: true,
  actorRole: true,
  payload: true,
  createdAt: true,
  txid: true,
} as const satisfies Prisma.OrderEventSelect;

type OrderEventRow = Prisma.OrderEventGetPayload<{ select: typeof orderEventSelect }>;

export function toOrderEventMessage(row: OrderEventRow): OrderEventMessage {
  return { ...row, seq: row.seq.toString(), createdAt: row.createdAt.toISOString(), txid: row.txid.toString() };
}
