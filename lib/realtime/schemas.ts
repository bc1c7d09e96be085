// Payloads of the client→server events (lib/realtime/events.ts), parsed on
// arrival in server/realtime: a bad payload is answered with an error, never trusted.
import { z } from "zod";
import type { EventScope } from "@/lib/realtime/events";
import { positionPointSchema } from "@/lib/tracking/schemas";

// `seq` is a PostgreSQL bigint: larger values could only make the query fail.
const MAX_SEQ = 9_223_372_036_854_775_807n;

/** A cursor as the wire carries it (JSON has no bigint): a non-negative integer in decimal. */
const afterSeqSchema = z
  .string()
  .regex(/^\d{1,19}$/, "afterSeq must be a decimal integer string")
  .transform((s) => BigInt(s))
  .refine((n) => n <= MAX_SEQ, "afterSeq is out of range");

/** A transaction horizon as the wire carries it (lib/events/transaction-horizon.ts). */
const horizonSchema = z
  .string()
  .regex(/^\d{1,19}$/, "horizon must be a decimal integer string")
  .transform((s) => BigInt(s))
  .refine((n) => n <= MAX_SEQ, "horizon is out of range");

/**
 * What a subscription asks for. Without `afterSeq` the catch-up starts at the first event;
 * with a `horizon` it also carries the events of transactions at or above it.
 */
export interface Feed {
  scope: EventScope;
  afterSeq: bigint;
  horizon: bigint | null;
}

const cursorFields = { afterSeq: afterSeqSchema.optional(), horizon: horizonSchema.optional() };

const feed = (kind: EventScope["kind"], id: string, cursor: { afterSeq?: bigint; horizon?: bigint }): Feed => ({
  scope: { kind, id },
  afterSeq: cursor.afterSeq ?? 0n,
  horizon: cursor.horizon ?? null,
});

export const orderFeedSchema = z
  .object({ orderId: z.uuid(), ...cursorFields })
  .transform(({ orderId, ...cursor }) => feed("order", orderId, cursor));

export const restaurantFeedSchema = z
  .object({ restaurantId: z.uuid(), ...cursorFields })
  .transform(({ restaurantId, ...cursor }) => feed("restaurant", restaurantId, cursor));

export const chainFeedSchema = z
  .object({ chainId: z.uuid(), ...cursorFields })
  .transform(({ chainId, ...cursor }) => feed("chain", chainId, cursor));

/** A chain's monitoring feed, from the cursor its snapshot (or last catch-up) was read at. */
export const monitoringFeedSchema = z.object({
  chainId: z.uuid(),
  cursor: z
    .string()
    .regex(/^\d{1,19}$/, "cursor must be a decimal integer string")
    .transform((s) => BigInt(s))
    .refine((n) => n <= MAX_SEQ, "cursor is out of range"),
});

export type MonitoringFeedInput = z.input<typeof monitoringFeedSchema>;
export type OrderFeedInput = z.input<typeof orderFeedSchema>;
export type RestaurantFeedInput = z.input<typeof restaurantFeedSchema>;
export type ChainFeedInput = z.input<typeof chainFeedSchema>;

export const kitchenHeartbeatSchema = z.object({ restaurantId: z.uuid() });

export type KitchenHeartbeatInput = z.input<typeof kitchenHeartbeatSchema>;

/** One GPS point of the signed-in driver (the same shape POST /api/v1/driver/location takes). */
export const driverLocationSchema = positionPointSchema;

export type DriverLocationInput = z.input<typeof driverLocationSchema>;
