// How the kitchen screen lays a queue out. Client-safe: types only.
import type { OrderStatus } from "@/lib/generated/prisma/enums";

export const BOARD_COLUMNS = [
  { id: "new", title: "New", statuses: ["PLACED", "PAID"] },
  { id: "accepted", title: "Accepted", statuses: ["ACCEPTED"] },
  { id: "preparing", title: "Preparing", statuses: ["PREPARING"] },
  { id: "ready", title: "Ready", statuses: ["READY"] },
] as const satisfies readonly { id: string; title: string; statuses: readonly OrderStatus[] }[];

export type BoardColumnId = (typeof BOARD_COLUMNS)[number]["id"];

/** The column an order sits in, or null once the kitchen is done with it. */
export function boardColumnOf(status: OrderStatus): BoardColumnId | null {
  return BOARD_COLUMNS.find((c) => (c.statuses as readonly OrderStatus[]).includes(status))?.id ?? null;
}
