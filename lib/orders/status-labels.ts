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

export const STATUS_HINT: Record<OrderStatus, string> = {
  PLACED: "Waiting for the payment to be confirmed.",
  PAID: "Paid. Waiting for the restaurant to accept your order.",
  ACCEPTED: "The restaurant accepted your order.",
  PREPARING: "Your food is being prepared.",
  READY: "Your food is ready and waiting for the driver.",
  PICKED_UP: "The driver is on the way to you.",
  DELIVERED: "Delivered. Enjoy your meal!",
  CANCELLED: "This order was cancelled.",
  REJECTED: "The restaurant could not take this order. You have been refunded.",
  PAYMENT_FAILED: "The payment did not go through. You were not charged.",
};

/** The happy path a delivery walks, for the progress bar. */
export const DELIVERY_STEPS: OrderStatus[] = ["PAID", "ACCEPTED", "PREPARING", "READY", "PICKED_UP", "DELIVERED"];
