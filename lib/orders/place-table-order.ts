// Table tablets (seed 004): POST /api/v1/orders with `Authorization: Bearer <table token>`.
// The contract's error bodies are exact, so errors from the shared order path are mapped
// onto them here. Issue 14 added, optionally: per line `options: [{ group_id, option_ids }]`,
// and the order's `notes` for the kitchen; option errors answer 400/409 with `{ error }` only.
import { z, ZodError } from "zod";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { createOrder } from "@/lib/orders/create-order";
import { idempotencyKeySchema } from "@/lib/orders/place-order";
import { enforceRateLimit } from "@/lib/ratelimit/rate-limit";
import { TABLE_ORDERS } from "@/lib/ratelimit/rules";

const tableOrderSchema = z.object({
  table_number: z.string().min(1).max(20),
  items: z
    .array(
      z.object({
        menu_item_id: z.uuid(),
        quantity: z.number().int().min(1).max(50),
        notes: z.string().max(200).optional(),
        options: z
          .array(z.object({ group_id: z.uuid(), option_ids: z.array(z.uuid()).max(20) }))
          .max(20)
          .optional(),
      }),
    )
    .min(1)
    .max(50),
  notes: z.string().trim().max(500).optional(),
  version: z.number().int().min(0),
  order_id: idempotencyKeySchema,
});

const invalidItem = () => new AppError(400, "Invalid item");

export async function findTableByToken(token: string | null) {
  if (!token) return null;
  return prisma.diningTable.findUnique({ where: { token }, select: { id: true, number: true, restaurantId: true } });
}

export async function placeTableOrder(token: string | null, input: unknown) {
  const table = await findTableByToken(token);
  if (!table) throw new AppError(401, "Invalid table token");
  let body: z.infer<typeof tableOrderSchema>;
  try {
    body = tableOrderSchema.parse(input);
  } catch (error) {
    if (error instanceof ZodError) throw invalidItem();
    throw error;
  }
  // The token is the table's credential: it cannot order for another table.
  if (body.table_number !== table.number) throw new AppError(401, "Invalid table token");

  try {
    const { order, created } = await createOrder({
      restaurantId: table.restaurantId,
      owner: { tableId: table.id },
      channel: "TABLE",
      idempotencyKey: body.order_id,
      lines: body.items.map((i) => ({
        itemId: i.menu_item_id,
        quantity: i.quantity,
        notes: i.notes,
        options: i.options?.map((g) => ({ groupId: g.group_id, optionIds: g.option_ids })),
      })),
      kitchenNote: body.notes,
      delivery: null,
      tipCents: 0,
      actor: { id: null, role: "TABLE" },
      paymentProvider: null,
      menuVersion: body.version,
      beforeCreate: () => enforceRateLimit(`orders:table:${table.id}`, TABLE_ORDERS, "Rate limit", body.order_id),
    });
    return { order, created };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === "invalid_item" || error.code === "items_unavailable") throw invalidItem();
    if (error.code === "menu_version_conflict") throw new AppError(409, "Version conflict");
    if (error.code === "invalid_options") throw new AppError(400, error.message);
    if (error.code === "option_unavailable") throw new AppError(409, error.message);
    if (error.code === "rate_limited") throw new AppError(429, "Rate limit", undefined, undefined, error.headers);
    throw error;
  }
}
