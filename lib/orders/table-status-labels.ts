import type { OrderStatus } from "@/lib/generated/prisma/enums";

/**
 * How a table order's status reads on the tablet. Dine-in orders walk PLACED → ACCEPTED →
 * PREPARING → READY → DELIVERED (served) and are paid at the table, so the customer's
 * delivery wording (driver, refund) does not fit them.
 */
export const TABLE_STATUS_TEXT: Record<OrderStatus, string> = {
  PLACED: "Sent — waiting for the kitchen",
  PAID: "Sent — waiting for the kitchen",
  ACCEPTED: "Accepted by the kitchen",
  PREPARING: "Being prepared",
  READY: "Ready — on its way to your table",
  PICKED_UP: "On its way to your table",
  DELIVERED: "Served. Enjoy your meal!",
  CANCELLED: "Cancelled — please ask staff",
  REJECTED: "The kitchen could not take this order — please ask staff",
  PAYMENT_FAILED: "Not sent — please ask staff",
};
