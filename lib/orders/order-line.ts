// One order line as customers and kitchens read it: what was ordered, with the chosen options
// as they were named and priced when the order was placed (the `order_items.options` snapshot,
// written by lib/orders/insert-order.ts from lib/menu/resolve-choices.ts), its note and the
// allergens of the dish as ordered.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ResolvedOption } from "@/lib/menu/resolve-choices";

export const orderLineSelect = {
  itemId: true,
  name: true,
  unitPriceCents: true,
  quantity: true,
  notes: true,
  options: true,
  allergens: true,
} as const satisfies Prisma.OrderItemSelect;

/**
 * A chosen option on a ticket or receipt ("Size: Large 35 cm, +€3.00"), with its group's and
 * its own id so "order again" can find it on today's menu.
 */
export type LineOption = ResolvedOption;

/** The line with its options snapshot typed: only the order path writes that column. */
export function toOrderLine<T extends { options: Prisma.JsonValue }>(line: T): Omit<T, "options"> & { options: LineOption[] } {
  return { ...line, options: line.options as unknown as LineOption[] };
}
