// kitchen:heartbeat — an open kitchen screen says its outlet is staffed. Authorized per beat
// in the database (staff of that outlet), like restaurant:subscribe; the write is throttled
// per outlet by lib/kitchen/record-kitchen-heartbeat.ts.
import type { Logger } from "@/lib/logger";
import type { KitchenHeartbeatAck } from "@/lib/realtime/events";
import { kitchenHeartbeatSchema } from "@/lib/realtime/schemas";
import { recordKitchenHeartbeat } from "@/lib/kitchen/record-kitchen-heartbeat";
import type { RealtimeSocket } from "./create-realtime-server";
import { answerAck } from "./answer-ack";

export function registerKitchenHeartbeat(socket: RealtimeSocket, log: Logger) {
  socket.on("kitchen:heartbeat", (input, ack) =>
    answerAck(
      ack,
      async (): Promise<KitchenHeartbeatAck> => {
        const { restaurantId } = kitchenHeartbeatSchema.parse(input);
        const { recorded } = await recordKitchenHeartbeat(socket.data.actor, restaurantId);
        return { ok: true, recorded };
      },
      log,
    ),
  );
}
