// Order events to this instance's sockets, read from the log by one instance for all
// (lib/events/order-event-leadership.ts). The relay leader's batches travel between
// instances as Socket.IO server-side events through the Redis adapter. Redis may be shared by
// other deployments (and by test runs, each on its own database), so a batch names the
// database whose log it comes from and a batch of another is ignored. It is our own
// leader's output: the envelope (seqs, numbering) is checked, the event itself passed on.
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import type { OrderEventMessage } from "@/lib/realtime/events";
import type { RelayBatch } from "@/lib/events/order-event-follower";
import { startOrderEventLeadership, type LeadershipOptions } from "@/lib/events/order-event-leadership";
import type { RealtimeIo } from "./create-realtime-server";

const seq = z.string().regex(/^\d+$/).transform(BigInt);
const wireBatchSchema = z.object({
  database: z.string(),
  leader: z.string(),
  n: z.number().int().positive(),
  from: seq,
  to: seq,
  events: z.array(z.object({ seq, rooms: z.array(z.string()), event: z.custom<OrderEventMessage>((value) => typeof value === "object" && value !== null) })),
});
export type WireBatch = z.input<typeof wireBatchSchema>;

export interface InterServerEvents {
  "order:batch": (batch: WireBatch) => void;
}

const toWire = (database: string, { from, to, events, ...batch }: RelayBatch): WireBatch => ({
  ...batch,
  database,
  from: from.toString(),
  to: to.toString(),
  events: events.map(({ seq, rooms, event }) => ({ seq: seq.toString(), rooms, event })),
});

export async function startOrderEventFanout(
  options: Pick<LeadershipOptions, "databaseUrl" | "pollMs" | "graceMs" | "watchMs" | "lockRetryMs" | "leaderSilenceMs" | "log"> & { io: RealtimeIo; shared: boolean },
) {
  const { io, log } = options;
  const [{ database }] = await prisma.$queryRaw<[{ database: string }]>`SELECT current_database() AS database`;
  const leadership = await startOrderEventLeadership({
    ...options,
    // serverSideEmit reaches the other instances only; the leader applies its own batch.
    publish: options.shared ? (batch) => io.serverSideEmit("order:batch", toWire(database, batch)) : null,
    // Every instance gets every event and most hold no socket of its rooms; Socket.IO encodes
    // a packet before it looks for sockets, so look first.
    send: (rooms, event) => {
      const held = io.of("/").adapter.rooms;
      if (rooms.some((room) => held.has(room))) io.local.to(rooms).emit("order:event", event);
    },
  });
  io.on("order:batch", (input) => {
    const parsed = wireBatchSchema.safeParse(input);
    if (!parsed.success) return log.warn("ignoring a malformed order event batch", { error: parsed.error.message });
    const { database: of, ...batch } = parsed.data;
    if (of === database) leadership.receive(batch);
  });
  return leadership;
}
