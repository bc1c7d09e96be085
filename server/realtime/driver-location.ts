// driver:location — a driver's app sends its GPS point every few seconds. Only DRIVER sockets
// may send; lib/tracking/ingest-position.ts checks, throttles and stores it. When the driver's
// order is picked up, the point goes on to that order's customer (their user room, on every
// instance through the adapter): not to the order room, where staff and admins also listen.
import type { Logger } from "@/lib/logger";
import { forbidden } from "@/lib/errors/app-error";
import { userRoom, type DriverLocationAck } from "@/lib/realtime/events";
import { driverLocationSchema } from "@/lib/realtime/schemas";
import { ingestPosition } from "@/lib/tracking/ingest-position";
import type { DriverContextCache } from "@/lib/tracking/driver-context-cache";
import type { LoadShedder } from "./load-shedder";
import type { RealtimeSocket } from "./create-realtime-server";
import { answerAck } from "./answer-ack";

const BUSY: DriverLocationAck = { ok: false, error: "Too many positions right now: send the next one", code: "busy" };

/** Shared by every socket of one realtime server. */
export interface PositionIngestState {
  contexts: DriverContextCache;
  shedder: LoadShedder;
}

export function registerDriverLocation(socket: RealtimeSocket, ingest: PositionIngestState, log: Logger) {
  socket.on("driver:location", (input, ack) =>
    answerAck(
      ack,
      async (): Promise<DriverLocationAck> => {
        if (socket.data.actor.role !== "DRIVER") throw forbidden();
        const point = driverLocationSchema.parse(input);
        const done = ingest.shedder.admit();
        // Answered, not thrown: under overload a refusal must cost less than a point.
        if (!done) return BUSY;
        try {
          const { accepted, reason, forward } = await ingestPosition(socket.data.actor, point, new Date(), ingest.contexts);
          if (forward) socket.nsp.to(userRoom(forward.customerId)).emit("driver:position", forward.message);
          return reason ? { ok: true, accepted, reason } : { ok: true, accepted };
        } finally {
          done();
        }
      },
      log,
    ),
  );
}
