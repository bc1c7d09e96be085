// The order lifecycle. Every transition is checked here and written with its event
// (lib/orders/transition-order.ts); anything else is refused (409). Client-safe: the kitchen
// screen asks it which buttons a ticket gets.
import type { OrderChannel, OrderStatus, Role } from "@/lib/generated/prisma/enums";

/** Who moves an order along: a role, or the platform itself (payments, timeouts). */
export type TransitionActor = Role | "SYSTEM";

type Transitions = Record<OrderStatus, Partial<Record<OrderStatus, readonly TransitionActor[]>>>;

const STAFF = "RESTAURANT_STAFF";

/** Web and partner (API) orders: paid online before the kitchen sees them, then delivered by a driver. */
const DELIVERY: Transitions = {
  PLACED: { PAID: ["SYSTEM"], PAYMENT_FAILED: ["SYSTEM"], CANCELLED: ["CUSTOMER", "SYSTEM"] },
  PAID: { ACCEPTED: [STAFF], REJECTED: [STAFF, "SYSTEM"], CANCELLED: ["CUSTOMER", "SYSTEM"] },
  ACCEPTED: { PREPARING: [STAFF], CANCELLED: [STAFF, "SYSTEM"] },
  PREPARING: { READY: [STAFF] },
  READY: { PICKED_UP: ["DRIVER"] },
  PICKED_UP: { DELIVERED: ["DRIVER"] },
  DELIVERED: {},
  CANCELLED: {},
  REJECTED: {},
  PAYMENT_FAILED: {},
};

/**
 * Table orders: the bill is settled at the table, so the kitchen takes them straight from
 * PLACED, and staff serve them (READY → DELIVERED) instead of a driver picking them up.
 */
const DINE_IN: Transitions = {
  ...DELIVERY,
  PLACED: { ACCEPTED: [STAFF], REJECTED: [STAFF, "SYSTEM"], CANCELLED: ["SYSTEM"] },
  PAID: {},
  READY: { DELIVERED: [STAFF] },
  PICKED_UP: {},
};

const BY_CHANNEL: Record<OrderChannel, Transitions> = { WEB: DELIVERY, API: DELIVERY, TABLE: DINE_IN };

export const TERMINAL_STATUSES: readonly OrderStatus[] = ["DELIVERED", "CANCELLED", "REJECTED", "PAYMENT_FAILED"];

/**
 * A platform admin may cancel anything cancellable, and may act for any outlet's kitchen
 * (lib/kitchen/assert-staff-of.ts lets them), so staff moves are theirs too.
 */
export function canTransition(from: OrderStatus, to: OrderStatus, actor: TransitionActor, channel: OrderChannel): boolean {
  const allowed = BY_CHANNEL[channel][from][to];
  if (!allowed) return false;
  if (allowed.includes(actor)) return true;
  return actor === "PLATFORM_ADMIN" && (to === "CANCELLED" || allowed.includes(STAFF));
}

export function nextStatuses(from: OrderStatus, channel: OrderChannel): OrderStatus[] {
  return Object.keys(BY_CHANNEL[channel][from]) as OrderStatus[];
}
