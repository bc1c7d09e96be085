// The order lifecycle. Every transition is checked here and written with its event
// (lib/orders/transition-order.ts arrives with ordering); anything else is refused (409).
import type { OrderStatus, Role } from "@/lib/generated/prisma/enums";

/** Who moves an order along: a role, or the platform itself (payments, timeouts). */
export type TransitionActor = Role | "SYSTEM";

const TRANSITIONS: Record<OrderStatus, Partial<Record<OrderStatus, readonly TransitionActor[]>>> = {
  PLACED: { PAID: ["SYSTEM"], PAYMENT_FAILED: ["SYSTEM"], CANCELLED: ["CUSTOMER", "SYSTEM"] },
  PAID: { ACCEPTED: ["RESTAURANT_STAFF"], REJECTED: ["RESTAURANT_STAFF", "SYSTEM"], CANCELLED: ["CUSTOMER", "SYSTEM"] },
  ACCEPTED: { PREPARING: ["RESTAURANT_STAFF"], CANCELLED: ["RESTAURANT_STAFF", "SYSTEM"] },
  PREPARING: { READY: ["RESTAURANT_STAFF"] },
  // Dine-in orders are served by staff (READY → DELIVERED); deliveries are picked up by a driver.
  READY: { PICKED_UP: ["DRIVER"], DELIVERED: ["RESTAURANT_STAFF"] },
  PICKED_UP: { DELIVERED: ["DRIVER"] },
  DELIVERED: {},
  CANCELLED: {},
  REJECTED: {},
  PAYMENT_FAILED: {},
};

export const TERMINAL_STATUSES: readonly OrderStatus[] = ["DELIVERED", "CANCELLED", "REJECTED", "PAYMENT_FAILED"];

export function canTransition(from: OrderStatus, to: OrderStatus, actor: TransitionActor): boolean {
  const allowed = TRANSITIONS[from][to];
  return !!allowed && (allowed.includes(actor) || (actor === "PLATFORM_ADMIN" && to === "CANCELLED"));
}

export function nextStatuses(from: OrderStatus): OrderStatus[] {
  return Object.keys(TRANSITIONS[from]) as OrderStatus[];
}
