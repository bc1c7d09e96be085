// Relays dispatch news (NOTIFY dispatch_events, lib/dispatch/dispatch-events.ts) to sockets:
// offers and job updates to the driver's room, ETAs and HTTP-ingested positions to the
// customer's user room. Every instance LISTENs and sends only to its own sockets (io.local),
// so with the Redis adapter nobody gets a message twice. Nothing is replayed after a dropped
// LISTEN: the database is the truth, and a driver app re-reads GET /api/v1/driver/me.
import type { Logger } from "@/lib/logger";
import { DISPATCH_EVENTS_CHANNEL, dispatchEventSchema, type DispatchEvent } from "@/lib/dispatch/dispatch-events";
import { getDriverJob } from "@/lib/dispatch/get-driver-job";
import { driverRoom, userRoom } from "@/lib/realtime/events";
import type { DriverContextCache } from "@/lib/tracking/driver-context-cache";
import { listenChannel, parseNotice } from "@/lib/events/listen-channel";
import type { RealtimeIo } from "./create-realtime-server";

interface DispatchRelayOptions {
  io: RealtimeIo;
  databaseUrl: string;
  log: Logger;
  /** The GPS ingest's cache of who carries which order: dropped when a job changes. */
  driverContexts: DriverContextCache;
}

export function startDispatchRelay({ io, databaseUrl, log, driverContexts }: DispatchRelayOptions) {
  async function relay(event: DispatchEvent) {
    switch (event.type) {
      case "offer:new":
        io.local.to(driverRoom(event.driverId)).emit("offer:new", event.offer);
        return;
      case "offer:withdrawn":
        io.local.to(driverRoom(event.driverId)).emit("offer:withdrawn", { offerId: event.offerId });
        return;
      case "job:updated": {
        driverContexts.forgetDriver(event.driverId);
        const room = io.local.to(driverRoom(event.driverId));
        // Read only when one of this driver's sockets is here.
        if ((await io.local.in(driverRoom(event.driverId)).fetchSockets()).length === 0) return;
        const job = await getDriverJob(event.driverId, event.orderId);
        if (job) room.emit("job:updated", job);
        return;
      }
      case "order:eta":
        io.local.to(userRoom(event.userId)).emit("order:eta", { orderId: event.orderId, etaAt: event.etaAt, computedAt: event.computedAt });
        return;
      case "driver:position":
        io.local.to(userRoom(event.userId)).emit("driver:position", event.message);
    }
  }

  return listenChannel({
    databaseUrl,
    channel: DISPATCH_EVENTS_CHANNEL,
    onNotification(message) {
      const event = parseNotice(message, dispatchEventSchema, log, "dispatch event");
      if (event) relay(event).catch((error: unknown) => log.error("dispatch relay failed", { error, type: event.type }));
    },
    // Job changes announced while nobody listened were missed: read every driver again.
    onListening: () => driverContexts.forgetAll(),
    log,
  });
}
