// A position the customer may see (from pickup on), ingested by a process without the
// customer's socket (POST /api/v1/driver/location on the web app): announced by NOTIFY,
// and every realtime instance sends it to the customer's sockets it holds
// (server/realtime/dispatch-relay.ts). Socket-ingested points are emitted directly instead.
import { prisma } from "@/lib/db/client";
import { publishDispatchEvent } from "@/lib/dispatch/dispatch-events";
import type { Forward } from "@/lib/tracking/ingest-position";

export async function forwardPosition(forward: Forward): Promise<void> {
  await publishDispatchEvent(prisma, { type: "driver:position", userId: forward.customerId, message: forward.message });
}
