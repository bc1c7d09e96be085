// What the kitchen screen and devices (POS, printers) send about orders. Shared by the
// domain functions, the route handlers and the kitchen screen's forms.
import { z } from "zod";
import { OrderStatus } from "@/lib/generated/prisma/enums";

/** The prep times the kitchen screen offers; the API takes any whole number in range. */
export const PREP_MINUTE_CHOICES = [10, 15, 20, 30] as const;

/**
 * Reasons the kitchen screen offers; anything else is typed in. The order keeps the English
 * text (one wording in its record and the API, whoever pressed); screens show it in their own
 * language by its key (kitchen.reject.reasons.<key>).
 */
export const REJECT_REASONS = {
  busy: "Too busy right now",
  soldOut: "An item is sold out",
  closing: "Kitchen is closing",
  address: "Cannot deliver to this address",
} as const;
export type RejectReasonKey = keyof typeof REJECT_REASONS;

/** The key of an offered reason, or null for one typed in (shown as it was written). */
export function rejectReasonKey(reason: string): RejectReasonKey | null {
  return (Object.keys(REJECT_REASONS) as RejectReasonKey[]).find((key) => REJECT_REASONS[key] === reason) ?? null;
}

export const orderIdSchema = z.uuid();
export const restaurantIdSchema = z.uuid();

export const prepMinutesSchema = z.number().int().min(1, "Prep time must be at least 1 minute").max(240, "Prep time must be at most 240 minutes");

export const rejectReasonSchema = z.string().trim().min(3, "Say why the order is rejected (at least 3 characters)").max(300);

/** Body of POST /api/v1/orders/{id}/status: the status to move to, with what that move needs. */
export const orderStatusUpdateSchema = z.discriminatedUnion(
  "status",
  [
    z.object({ status: z.literal("ACCEPTED"), prep_minutes: prepMinutesSchema }),
    z.object({ status: z.literal("REJECTED"), reason: rejectReasonSchema }),
    z.object({ status: z.literal("PREPARING") }),
    z.object({ status: z.literal("READY") }),
    /** A dine-in order served at its table. */
    z.object({ status: z.literal("DELIVERED") }),
  ],
  { error: (issue) => (issue.code === "invalid_union" ? "status must be one of ACCEPTED, REJECTED, PREPARING, READY, DELIVERED" : undefined) },
);

export type OrderStatusUpdate = z.infer<typeof orderStatusUpdateSchema>;

/** Query of GET /api/v1/restaurants/{id}/orders: `?status=PAID,ACCEPTED` (comma list). */
export const kitchenOrdersQuerySchema = z.object({
  status: z
    .string()
    .transform((list) => list.split(",").map((s) => s.trim().toUpperCase()))
    .pipe(z.array(z.enum(OrderStatus)).min(1).max(Object.keys(OrderStatus).length))
    .optional(),
});
