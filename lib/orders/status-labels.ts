import type { OrderStatus } from "@/lib/generated/prisma/enums";

/** How each status reads to a customer. */
export const STATUS_LABEL: Record<OrderStatus, string> = {
  PLACED: "Placed",
  PAID: "Paid",
  ACCEPTED: "Accepted",
  PREPARING: "Preparing",
  READY: "Ready",
  PICKED_UP: "On the way",
  DELIVERED: "Delivered",
  CANCELLED: "Cancelled",
  REJECTED: "Rejected",
  PAYMENT_FAILED: "Payment failed",
};

/** The happy path a delivery walks, for the progress bar. */
export const DELIVERY_STEPS: OrderStatus[] = ["PAID", "ACCEPTED", "PREPARING", "READY", "PICKED_UP", "DELIVERED"];
