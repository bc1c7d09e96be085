// Checkout for a signed-in customer: POST /api/v1/orders and the checkout page.
import { z } from "zod";
import { AppError, forbidden } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/auth/actor";
import { createOrder, readOrder } from "@/lib/orders/create-order";
import { cardNumberSchema } from "@/lib/payments/card";
import { payForOrder } from "@/lib/payments/pay-for-order";
import type { PaymentProvider } from "@/lib/payments/provider";
import { enforceRateLimit } from "@/lib/ratelimit/rate-limit";
import { CUSTOMER_ORDERS } from "@/lib/ratelimit/rules";
import { DELIVERY_INSTRUCTIONS_MAX } from "@/lib/orders/delivery-instructions";

export const idempotencyKeySchema = z
  .string()
  .min(8, "Idempotency-Key must be 8 to 100 characters")
  .max(100, "Idempotency-Key must be 8 to 100 characters")
  .regex(/^[\w.:-]+$/, "Idempotency-Key may contain letters, digits and . _ : - only");

/** A line's choices: per option group, the chosen options' ids (lib/menu/resolve-choices.ts checks them). */
export const chosenOptionsSchema = z.array(z.object({ groupId: z.uuid(), optionIds: z.array(z.uuid()).max(20) })).max(20);

export const placeOrderSchema = z.object({
  restaurantId: z.uuid(),
  items: z
    .array(
      z.object({
        itemId: z.uuid(),
        quantity: z.number().int().min(1, "Quantity must be at least 1").max(50),
        notes: z.string().trim().max(200).optional(),
        options: chosenOptionsSchema.optional(),
      }),
    )
    .min(1, "Add at least one item")
    .max(50),
  delivery: z.object({
    address: z.string().trim().min(3, "Enter the delivery address").max(200),
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
    /** For the driver only (floor, door, "leave at the door"); the kitchen is not shown it. */
    instructions: z.string().trim().max(DELIVERY_INSTRUCTIONS_MAX, `Keep the instructions for the driver under ${DELIVERY_INSTRUCTIONS_MAX} characters`).optional(),
  }),
  kitchenNote: z.string().trim().max(500, "Keep the note for the kitchen under 500 characters").optional(),
  tipCents: z.number().int().min(0).max(10_000).default(0),
  cardNumber: cardNumberSchema,
  /** Alternative to the Idempotency-Key header, for clients that cannot set headers. */
  orderId: idempotencyKeySchema.optional(),
});

/**
 * Places (or, for a replayed key, returns) the customer's order, then runs the payment.
 * Only the request that created the order charges: replays never charge again.
 */
export async function placeOrder(
  actor: Actor,
  input: unknown,
  idempotencyKey: string | null,
  provider: PaymentProvider,
  options: { paymentTimeoutMs?: number } = {},
) {
  if (actor.role !== "CUSTOMER") throw forbidden();
  const body = placeOrderSchema.parse(input);
  const key = idempotencyKey ?? body.orderId;
  if (!key) throw new AppError(400, "Send an Idempotency-Key header (or order_id) so a retry cannot order twice", "idempotency_key_required");
  idempotencyKeySchema.parse(key);

  const placed = await createOrder({
    restaurantId: body.restaurantId,
    owner: { customerId: actor.userId },
    channel: "WEB",
    idempotencyKey: key,
    lines: body.items,
    kitchenNote: body.kitchenNote,
    delivery: body.delivery,
    tipCents: body.tipCents,
    actor: { id: actor.userId, role: actor.role },
    paymentProvider: provider.name,
    beforeCreate: () => enforceRateLimit(`orders:user:${actor.userId}`, CUSTOMER_ORDERS, "Too many orders in a minute; wait a moment", key),
  });
  const { order } = placed;
  if (!placed.created) return { order, replayed: true };
  const settled = await payForOrder({ id: placed.paymentId!, amountCents: order.totalCents, currency: order.currency }, body.cardNumber, provider, options.paymentTimeoutMs);
  // Paid (the common case): the order as written, moved on. Otherwise it is read as the saga left it.
  if (settled) return { order: { ...order, status: "PAID" as const, version: settled.paidAtVersion }, replayed: false };
  return { order: await readOrder(order.id), replayed: false };
}
