// How the kitchen screen lays a queue out (column titles: kitchen.columns.<id>). Client-safe: types only.
import type { OrderStatus } from "@/lib/generated/prisma/enums";

export const BOARD_COLUMNS = [
  { id: "new", statuses: ["PLACED", "PAID"] },
  { id: "accepted", statuses: ["ACCEPTED"] },
  { id: "preparing", statuses: ["PREPARING"] },
  { id: "ready", statuses: ["READY"] },
] as const satisfies readonly { id: string; statuses: readonly OrderStatus[] }[];

export type BoardColumnId = (typeof BOARD_COLUMNS)[number]["id"];

/** The column an order sits in, or null once the kitchen is done with it. */
export function boardColumnOf(status: OrderStatus): BoardColumnId | null {
  return BOARD_COLUMNS.find((c) => (c.statuses as readonly OrderStatus[]).includes(status))?.id ?? null;
}
