// Relays chain monitoring's live events (NOTIFY monitoring_events, sent on commit by
// lib/monitoring/announce.ts) to the chain's room: incidents and listing state changes.
// Nothing to catch up after a reconnect: the dashboard refetches the status it shows.
import { z } from "zod";
import type { Logger } from "@/lib/logger";
import { chainRoom } from "@/lib/realtime/events";
import { MONITORING_EVENTS_CHANNEL, type MonitoringNotice } from "@/lib/monitoring/announce";
import type { RealtimeIo } from "./create-realtime-server";
import { listenChannel, parseNotice } from "./listen-channel";

const noticeSchema = z.object({
  chainId: z.uuid(),
  event: z.enum(["monitoring:incident", "monitoring:listing"]),
  data: z.record(z.string(), z.unknown()),
});

export function startMonitoringRelay(options: { io: RealtimeIo; databaseUrl: string; log: Logger }): Promise<{ stop(): Promise<void> }> {
  const { io, log } = options;
  return listenChannel({
    databaseUrl: options.databaseUrl,
    channel: MONITORING_EVENTS_CHANNEL,
    applicationName: "swifteats-monitoring-relay",
    onNotification(message) {
      if (!parseNotice(message, noticeSchema, log, "monitoring notice")) return;
      // Each instance hears every NOTIFY itself: send to its own sockets only. The schema
      // checks the envelope; the data is as lib/monitoring/announce.ts typed it.
      const notice = JSON.parse(message.payload!) as MonitoringNotice;
      if (notice.event === "monitoring:incident") io.local.to(chainRoom(notice.chainId)).emit(notice.event, notice.data);
      else io.local.to(chainRoom(notice.chainId)).emit(notice.event, notice.data);
    },
    onListening: () => undefined,
    log,
  });
}
