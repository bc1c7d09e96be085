// One load-generating process of `npm run bench -- gps` (forked by bench/gps.ts; one Node
// process cannot hold 10,000 sockets and still send on time on a small machine). It opens
// its share of driver sockets, sends each driver's position every interval, opens the
// watcher (customer) sockets, and reports counts and latencies to the parent every second.
import { io, type Socket } from "socket.io-client";
import type { DriverLocationAck, DriverPositionMessage } from "@/lib/realtime/events";

export interface ClientConfig {
  /** Realtime URLs; driver i connects to urls[i % urls.length], its watcher to the next one. */
  urls: string[];
  /** driverId, orderId and the watcher's index also go in the handshake for the raw baseline (bench/baselines/gps-server.ts), which has no database; the app ignores them. */
  drivers: { token: string; lat: number; lng: number; index: number; watched: boolean; driverId: string; orderId: string | null }[];
  watchers: { token: string; index: number }[];
  intervalMs: number;
  /** Connections opened per second by this process. */
  connectRate: number;
}

export interface ClientReport {
  connected: number;
  failed: number;
  accepted: number;
  dropped: number;
  /** Answered with an error (ok: false), by code. */
  refused: Record<string, number>;
  /** Sent and not answered yet (a server that cannot keep up queues them). */
  pending: number;
  /** Driver emit → ack, ms (every driver's every point). */
  ackMs: number[];
  /** Device time → customer receives `driver:position`, ms. */
  deliveryMs: number[];
}

const TICK_MS = 100;
const report: ClientReport = { connected: 0, failed: 0, accepted: 0, dropped: 0, refused: {}, pending: 0, ackMs: [], deliveryMs: [] };
const sockets: Socket[] = [];
let sending = false;

function open(url: string, auth: Record<string, unknown>): Socket {
  const socket = io(url, { transports: ["websocket"], auth, forceNew: true, reconnectionAttempts: 3, timeout: 20_000 });
  socket.once("connect", () => report.connected++);
  socket.once("connect_error", () => report.failed++);
  sockets.push(socket);
  return socket;
}

async function connectAll(config: ClientConfig) {
  const pause = 1000 / config.connectRate;
  const driverSockets: Socket[] = [];
  for (const w of config.watchers) {
    const socket = open(config.urls[(w.index + 1) % config.urls.length]!, { token: w.token, watch: w.index });
    socket.on("driver:position", (m: DriverPositionMessage) => report.deliveryMs.push(Date.now() - Date.parse(m.recordedAt)));
    await new Promise((r) => setTimeout(r, pause));
  }
  for (const d of config.drivers) {
    driverSockets.push(open(config.urls[d.index % config.urls.length]!, { token: d.token, driverId: d.driverId, orderId: d.orderId, watch: d.watched ? d.index : undefined }));
    await new Promise((r) => setTimeout(r, pause));
  }
  return driverSockets;
}

function startSending(config: ClientConfig, driverSockets: Socket[]) {
  const slots = Math.max(1, Math.round(config.intervalMs / TICK_MS));
  const state = config.drivers.map((d) => ({ ...d, heading: Math.random() * 360 }));
  // Ticks are counted from when sending began, not from timer callbacks: a busy event loop
  // runs the timer late, and without catching up the missed ticks the offered rate would fall
  // short of drivers ÷ interval.
  let tick = 0;
  let since: number | null = null;
  const timer = setInterval(() => {
    if (!sending) return;
    since ??= Date.now();
    const due = Math.floor((Date.now() - since) / TICK_MS);
    for (; tick <= due; tick++) sendSlot(tick % slots);
  }, TICK_MS);

  function sendSlot(slot: number) {
    for (let i = slot; i < state.length; i += slots) {
      const socket = driverSockets[i]!;
      if (!socket.connected) continue;
      const d = state[i]!;
      // Watched drivers drive (~25 m a point); the rest drift a few metres, like parked phones.
      const step = (d.watched ? 25 : 3) / 111_320;
      d.heading = (d.heading + (Math.random() - 0.5) * 40 + 360) % 360;
      d.lat += step * Math.cos((d.heading * Math.PI) / 180);
      d.lng += (step * Math.sin((d.heading * Math.PI) / 180)) / Math.cos((d.lat * Math.PI) / 180);
      const sentAt = Date.now();
      report.pending++;
      // No ack timeout: a late answer is still an answer, and its latency is the figure.
      socket.emit("driver:location", { lat: d.lat, lng: d.lng, heading: d.heading, accuracy: 8, recordedAt: new Date(sentAt).toISOString() }, (ack: DriverLocationAck) => {
        report.pending--;
        report.ackMs.push(Date.now() - sentAt);
        if (!ack.ok) report.refused[ack.code] = (report.refused[ack.code] ?? 0) + 1;
        else if (ack.accepted) report.accepted++;
        else report.dropped++;
      });
    }
  }
  return timer;
}

let timer: ReturnType<typeof setInterval> | undefined;
process.on("message", (message: { type: "start"; config: ClientConfig } | { type: "send" } | { type: "stop" }) => {
  if (message.type === "start") {
    void connectAll(message.config).then((driverSockets) => {
      timer = startSending(message.config, driverSockets);
      // Wait for the handshakes still in flight (bounded) before saying how many made it.
      const total = message.config.drivers.length + message.config.watchers.length;
      const deadline = Date.now() + 30_000;
      const check = setInterval(() => {
        if (report.connected + report.failed < total && Date.now() < deadline) return;
        clearInterval(check);
        process.send!({ type: "connected", connected: report.connected });
      }, 200);
    });
  } else if (message.type === "send") sending = true;
  else if (message.type === "stop") {
    sending = false;
    clearInterval(timer);
    for (const s of sockets) s.disconnect();
    process.exit(0);
  }
});

// Counts since the last report, then reset (the parent adds them up per second).
setInterval(() => {
  process.send!({ type: "report", report: { ...report } });
  report.accepted = report.dropped = 0;
  report.refused = {};
  report.ackMs = [];
  report.deliveryMs = [];
}, 1000).unref();

// Never outlive the parent.
process.on("disconnect", () => process.exit(0));
