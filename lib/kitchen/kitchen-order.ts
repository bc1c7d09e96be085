// One ticket as the kitchen screen and devices get it: what to cook, for whom, by when.
// JSON-ready (dates as ISO strings) so a server component and the API hand over the same shape.
import type { Prisma } from "@/lib/generated/prisma/client";
import { toOrderLine } from "@/lib/orders/order-line";

export const kitchenOrderSelect = {
  id: true,
  restaurantId: true,
  channel: true,
  status: true,
  placedAt: true,
  updatedAt: true,
  prepMinutes: true,
  readyAt: true,
  failureReason: true,
  kitchenNote: true,
  totalCents: true,
  currency: true,
  version: true,
  table: { select: { number: true } },
  customer: { select: { name: true } },
  items: { orderBy: { name: "asc" }, select: { itemId: true, name: true, quantity: true, notes: true, options: true, allergens: true } },
} as const satisfies Prisma.OrderSelect;

type KitchenOrderRow = Prisma.OrderGetPayload<{ select: typeof kitchenOrderSelect }>;

export function toKitchenOrder({ table, customer, placedAt, updatedAt, readyAt, items, ...order }: KitchenOrderRow) {
  return {
    ...order,
    // Each line with its chosen options, note and allergens: the ticket shows them all.
    items: items.map(toOrderLine),
    tableNumber: table?.number ?? null,
    // The kitchen calls the order out by first name; it has no business with the rest.
    customerName: customer?.name.trim().split(/\s+/)[0] ?? null,
    placedAt: placedAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
    readyAt: readyAt?.toISOString() ?? null,
  };
}

export type KitchenOrder = ReturnType<typeof toKitchenOrder>;
