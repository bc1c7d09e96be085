// The simulated partner marketplace feed (seed 000's "simulated datasource (JSON based
// server)"), for demos and tests:
//   GET  /feeds/{channelCode}               the channel's status feed (lib/monitoring/partner-feed-format.ts)
//   GET  /control/faults                    the faults switched on
//   PUT  /control/outlets/{restaurantId}    { fault: "offline"|"paused"|"online_while_closed"|"stale_items"|"flapping"|"error"|null,
//                                             channel?: "ubereats-sim" }   (no channel: every channel)
//   PUT  /control/channels/{channelCode}    { slowMs?: 0..60000, status?: 500 | null }   (whole-feed faults)
//   DELETE /control/faults                  everything back to normal
//   GET  /health
// Used by `npm run partner-feed`, by the launcher for the demo, and in-process by tests.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { z } from "zod";
import { createLogger, type Logger } from "@/lib/logger";
import { feedSnapshot, OUTLET_FAULTS, type OutletFault } from "./feed-snapshot";

const ANY_CHANNEL = "*";

const outletFaultSchema = z.strictObject({ fault: z.enum(OUTLET_FAULTS).nullable(), channel: z.string().min(1).max(50).optional() });
const channelFaultSchema = z.strictObject({
  slowMs: z.number().int().min(0).max(60_000).optional(),
  status: z.number().int().min(400).max(599).nullable().optional(),
});
type ChannelFault = z.infer<typeof channelFaultSchema>;

export interface PartnerFeedServer {
  url: string;
  port: number;
  setOutletFault(restaurantId: string, fault: OutletFault | null, channel?: string): void;
  setChannelFault(channelCode: string, fault: ChannelFault): void;
  clearFaults(): void;
  close(): Promise<void>;
}

export async function startPartnerFeed({ port = 0, log = createLogger("partner-feed") }: { port?: number; log?: Logger } = {}): Promise<PartnerFeedServer> {
  // channel ("*" for all) → restaurantId → fault
  const outletFaults = new Map<string, Map<string, OutletFault>>();
  const channelFaults = new Map<string, ChannelFault>();
  const flips = new Map<string, boolean>();

  const setOutletFault = (restaurantId: string, fault: OutletFault | null, channel = ANY_CHANNEL) => {
    const faults = outletFaults.get(channel) ?? new Map<string, OutletFault>();
    if (fault) faults.set(restaurantId, fault);
    else faults.delete(restaurantId);
    outletFaults.set(channel, faults);
  };
  const faultOf = (channel: string) => (restaurantId: string) =>
    outletFaults.get(channel)?.get(restaurantId) ?? outletFaults.get(ANY_CHANNEL)?.get(restaurantId);
  const flip = (channel: string) => (restaurantId: string) => {
    const key = `${channel}:${restaurantId}`;
    const next = !(flips.get(key) ?? false);
    flips.set(key, next);
    return next;
  };
  const snapshotOfFaults = () => ({
    outlets: Object.fromEntries([...outletFaults].map(([channel, faults]) => [channel, Object.fromEntries(faults)])),
    channels: Object.fromEntries(channelFaults),
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? "/", "http://feed");
    const parts = url.pathname.split("/").filter(Boolean);
    const send = (status: number, body: unknown) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    const readBody = async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      return JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as unknown;
    };

    if (req.method === "GET" && url.pathname === "/health") return send(200, { status: "ok" });
    if (req.method === "GET" && parts[0] === "feeds" && parts.length === 2) {
      const channel = parts[1]!;
      const fault = channelFaults.get(channel);
      if (fault?.slowMs) await new Promise((r) => setTimeout(r, fault.slowMs));
      if (fault?.status) return send(fault.status, { error: "simulated partner outage" });
      const outlets = await feedSnapshot(channel, faultOf(channel), flip(channel));
      return send(200, { channel, generatedAt: new Date().toISOString(), outlets });
    }
    if (req.method === "GET" && url.pathname === "/control/faults") return send(200, snapshotOfFaults());
    if (req.method === "DELETE" && url.pathname === "/control/faults") {
      outletFaults.clear();
      channelFaults.clear();
      return send(200, snapshotOfFaults());
    }
    if (req.method === "PUT" && parts[0] === "control" && parts[1] === "outlets" && parts.length === 3) {
      const restaurantId = z.uuid().safeParse(parts[2]);
      const body = outletFaultSchema.safeParse(await readBody());
      if (!restaurantId.success || !body.success) return send(400, { error: "Expected /control/outlets/{uuid} and { fault, channel? }", faults: OUTLET_FAULTS });
      setOutletFault(restaurantId.data, body.data.fault, body.data.channel);
      return send(200, snapshotOfFaults());
    }
    if (req.method === "PUT" && parts[0] === "control" && parts[1] === "channels" && parts.length === 3) {
      const body = channelFaultSchema.safeParse(await readBody());
      if (!body.success) return send(400, { error: "Expected { slowMs?, status? }" });
      channelFaults.set(parts[2]!, body.data);
      return send(200, snapshotOfFaults());
    }
    return send(404, { error: "Not found" });
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const badJson = error instanceof SyntaxError;
      if (!badJson) log.error("partner feed request failed", { error });
      if (!res.headersSent) res.writeHead(badJson ? 400 : 500, { "content-type": "application/json" }).end(JSON.stringify({ error: badJson ? "Invalid JSON" : "Internal error" }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const actualPort = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    setOutletFault,
    setChannelFault: (code, fault) => channelFaults.set(code, fault),
    clearFaults: () => {
      outletFaults.clear();
      channelFaults.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Pollers keep connections alive; without this, close waits for them to time out.
        server.closeAllConnections();
      }),
  };
}
