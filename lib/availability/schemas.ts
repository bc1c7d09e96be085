// Bodies of the availability APIs (PUT /api/v1/restaurants/{id}/availability and
// PUT /api/v1/items/{id}/availability), shared by the handlers and the kitchen screens.
// Strict objects: a misspelt field (`extraMinutes`) is a 400, not silently ignored.
import { z } from "zod";

const MAX_PAUSE_DAYS = 14;
export const MAX_BUSY_EXTRA_MINUTES = 120;
export const MAX_INVENTORY_QUANTITY = 100_000;

const reason = z.string().trim().min(1, "Say why").max(200);
/** An auto-resume time: ISO 8601 with a zone, in the future, at most two weeks away. */
const until = z.iso
  .datetime({ offset: true, message: "until must be an ISO 8601 date-time with a time zone" })
  .transform((value) => new Date(value))
  .refine((date) => date.getTime() > Date.now(), "until must be in the future")
  .refine((date) => date.getTime() <= Date.now() + MAX_PAUSE_DAYS * 86_400_000, `until must be within ${MAX_PAUSE_DAYS} days`);
/** The Restaurant.version the caller read: sent, it must still be current (else 409). */
const version = z.number().int().min(0);

export const outletStatusSchema = z.discriminatedUnion("status", [
  z.strictObject({ status: z.literal("OPEN"), reason: reason.optional(), version: version.optional() }),
  z.strictObject({
    status: z.literal("BUSY"),
    extra_minutes: z.number().int().min(1).max(MAX_BUSY_EXTRA_MINUTES),
    reason: reason.optional(),
    until: until.optional(),
    version: version.optional(),
  }),
  z.strictObject({ status: z.literal("PAUSED"), reason, until: until.optional(), version: version.optional() }),
  z.strictObject({ status: z.literal("CLOSED"), reason, version: version.optional() }),
]);
export type OutletStatusInput = z.input<typeof outletStatusSchema>;

export const itemStockSchema = z.strictObject({ available: z.boolean(), reason: reason.optional() });
export type ItemStockInput = z.input<typeof itemStockSchema>;

export const inventorySchema = z.strictObject({
  /** Units on the shelf (prepared) or capacity left (made to order); null stops counting. */
  quantity: z.number().int().min(0).max(MAX_INVENTORY_QUANTITY).nullable(),
  /** Refill level or capacity per service; left as it is when not sent. */
  max_quantity: z.number().int().min(0).max(MAX_INVENTORY_QUANTITY).nullable().optional(),
  /** Inventory.version the caller read: sent, it must still be current (else 409). */
  version: version.optional(),
  reason: reason.optional(),
});
export type InventoryInput = z.input<typeof inventorySchema>;


/** PUT /api/v1/options/{id}/availability with a count: the option's units left (null stops counting). */
export const optionCountSchema = z.strictObject({
  quantity: z.number().int().min(0).max(MAX_INVENTORY_QUANTITY).nullable(),
  /** MenuOption.version the caller read: sent, it must still be current (else 409). */
  version: version.optional(),
  reason: reason.optional(),
});
export type OptionCountInput = z.input<typeof optionCountSchema>;
