// A ticket's clock on the kitchen screen. Client-safe: pure.
import type { OrderStatus } from "@/lib/generated/prisma/enums";

export type Urgency = "ok" | "warn" | "late";

/** A new order should not wait for a decision: amber after 2 minutes, red after 5. */
export const NEW_WARN_MS = 2 * 60_000;
export const NEW_LATE_MS = 5 * 60_000;
/** In the kitchen: amber once 80% of the promised prep time is used, red past the estimate. */
export const PREP_WARN_SHARE = 0.8;

interface TimedOrder {
  status: OrderStatus;
  placedAt: string;
  updatedAt: string;
  readyAt: string | null;
  prepMinutes: number | null;
}

/** m:ss, minutes unbounded (a ticket an hour late reads 63:10). */
export function formatDuration(ms: number): string {
  const seconds = Math.floor(Math.abs(ms) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/** What the clock counts (the screen words it: kitchen.ticket.timer.<phase>), for how long, how urgent. */
export interface TicketTimer {
  phase: "waiting" | "left" | "late" | "ready";
  duration: string;
  urgency: Urgency;
}

export function ticketTimer(order: TimedOrder, now: number): TicketTimer {
  if (order.status === "PLACED" || order.status === "PAID") {
    const waiting = now - Date.parse(order.placedAt);
    return { phase: "waiting", duration: formatDuration(waiting), urgency: waiting >= NEW_LATE_MS ? "late" : waiting >= NEW_WARN_MS ? "warn" : "ok" };
  }
  if ((order.status === "ACCEPTED" || order.status === "PREPARING") && order.readyAt) {
    const left = Date.parse(order.readyAt) - now;
    const prepMs = (order.prepMinutes ?? 0) * 60_000;
    if (left < 0) return { phase: "late", duration: formatDuration(left), urgency: "late" };
    return { phase: "left", duration: formatDuration(left), urgency: prepMs - left >= prepMs * PREP_WARN_SHARE ? "warn" : "ok" };
  }
  return { phase: "ready", duration: formatDuration(now - Date.parse(order.updatedAt)), urgency: "ok" };
}
