// How dispatch news leaves the transaction that made it: a NOTIFY on `dispatch_events`,
// delivered only if the transaction commits, relayed by every realtime instance to its own
// sockets (server/realtime/dispatch-relay.ts). PostgreSQL stays the source of truth: a
// driver who missed a message re-reads GET /api/v1/driver/me. `dispatch_wakeup` tells the
// worker an order needs a (new) driver now, e.g. after a decline.
import { z } from "zod";
import { prisma, type Tx } from "@/lib/db/client";

export const DISPATCH_EVENTS_CHANNEL = "dispatch_events";
export const DISPATCH_WAKEUP_CHANNEL = "dispatch_wakeup";

const iso = z.string();
const place = z.object({ name: z.string(), address: z.string(), lat: z.number(), lng: z.number() });
const dropoff = z.object({ address: z.string(), lat: z.number(), lng: z.number(), instructions: z.string().nullable().default(null) });

export const dispatchEventSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("offer:new"),
    driverId: z.uuid(),
    offer: z.object({
      id: z.uuid(),
      orderId: z.uuid(),
      restaurant: place,
      dropoff,
      distanceMeters: z.number(),
      pickupEtaSeconds: z.number(),
      payoutCents: z.number(),
      offeredAt: iso,
      expiresAt: iso,
    }),
  }),
  z.object({ type: z.literal("offer:withdrawn"), driverId: z.uuid(), offerId: z.uuid() }),
  /** The realtime server reads the job itself: an order's items could outgrow a NOTIFY payload. */
  z.object({ type: z.literal("job:updated"), driverId: z.uuid(), orderId: z.uuid() }),
  /** `computedAt`: when the estimate was made, so a page keeps the newest of what it read and heard. */
  z.object({ type: z.literal("order:eta"), userId: z.uuid(), orderId: z.uuid(), etaAt: iso.nullable(), computedAt: iso }),
  z.object({
    type: z.literal("driver:position"),
    userId: z.uuid(),
    message: z.object({ orderId: z.uuid(), lat: z.number(), lng: z.number(), heading: z.number().optional(), recordedAt: iso }),
  }),
]);

export type DispatchEvent = z.infer<typeof dispatchEventSchema>;

/** Announces `event` when `db`'s transaction commits (right away outside one). */
export async function publishDispatchEvent(db: Tx | typeof prisma, event: DispatchEvent): Promise<void> {
  await db.$executeRaw`SELECT pg_notify(${DISPATCH_EVENTS_CHANNEL}, ${JSON.stringify(event)})`;
}

/** Asks the worker to look for a driver for `orderId` now (on commit). */
export async function wakeDispatcher(db: Tx | typeof prisma, orderId: string): Promise<void> {
  await db.$executeRaw`SELECT pg_notify(${DISPATCH_WAKEUP_CHANNEL}, ${orderId})`;
}
