// Raw baseline for GPS ingest in `npm run bench -- compare`: the same work as the realtime
// server's `driver:location`, with no framework and no checks beyond the payload's shape — a
// bare Socket.IO server on the sharded Redis adapter, one Redis GEOADD per point, the point forwarded to its watcher, and
// the history batched into driver_positions once a second with one INSERT … unnest.
// Who drives and who watches comes from the handshake (the bench's clients put it there),
// since a baseline has no sessions. Run: BASELINE_PORT, DATABASE_URL, REDIS_URL.
import http from "node:http";
import { Server } from "socket.io";
import { Redis } from "ioredis";
import { createShardedAdapter } from "@socket.io/redis-adapter";
import pg from "pg";

const GEO_KEY = "bench:gps-baseline:geo";
const redis = new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379");
const db = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });

interface Row {
  driverId: string;
  orderId: string | null;
  lat: number;
  lng: number;
  heading: number | null;
  recordedAt: string;
  receivedAt: Date;
}
let rows: Row[] = [];
const historyTimer = setInterval(() => {
  const batch = rows;
  rows = [];
  if (batch.length === 0) return;
  db.query(
    `INSERT INTO driver_positions (driver_id, order_id, lat, lng, heading, recorded_at, received_at)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::float8[], $4::float8[], $5::float8[], $6::timestamptz[], $7::timestamptz[])`,
    [batch.map((r) => r.driverId), batch.map((r) => r.orderId), batch.map((r) => r.lat), batch.map((r) => r.lng), batch.map((r) => r.heading), batch.map((r) => r.recordedAt), batch.map((r) => r.receivedAt)],
  ).catch((error: unknown) => console.error("baseline history batch failed", error));
}, 1000);

const httpServer = http.createServer((req, res) => {
  res.writeHead(req.url === "/health" ? 200 : 404).end();
});
// On the sharded Redis adapter, as the app's realtime server: at one instance it publishes each
// forwarded point as the app does, and at several (raw×N) the point reaches its watcher's instance.
const io = new Server(httpServer, { adapter: createShardedAdapter(redis, redis.duplicate(), { subscriptionMode: "dynamic" }) });

io.on("connection", (socket) => {
  const { driverId, orderId, watch } = socket.handshake.auth as { driverId?: string; orderId?: string | null; watch?: number };
  if (!driverId) {
    if (typeof watch === "number") void socket.join(`watch:${watch}`);
    return;
  }
  socket.on("driver:location", (input: { lat?: unknown; lng?: unknown; heading?: unknown; recordedAt?: unknown }, ack: (answer: unknown) => void) => {
    const { lat, lng, heading, recordedAt } = input ?? {};
    if (typeof lat !== "number" || typeof lng !== "number" || typeof recordedAt !== "string") return ack({ ok: false, code: "invalid_request" });
    redis.geoadd(GEO_KEY, lng, lat, driverId).then(
      () => {
        ack({ ok: true, accepted: true });
        const h = typeof heading === "number" ? heading : null;
        rows.push({ driverId, orderId: orderId ?? null, lat, lng, heading: h, recordedAt, receivedAt: new Date() });
        if (typeof watch === "number") io.to(`watch:${watch}`).emit("driver:position", { orderId, lat, lng, heading: h ?? undefined, recordedAt });
      },
      () => ack({ ok: false, code: "internal" }),
    );
  });
});

httpServer.listen(Number(process.env.BASELINE_PORT));

process.once("SIGTERM", () => {
  // Whatever hangs (a database dropped under the pool), this process ends.
  setTimeout(() => process.exit(0), 2000).unref();
  clearInterval(historyTimer);
  io.close();
  void Promise.all([redis.del(GEO_KEY).then(() => redis.quit()), db.end()]).finally(() => process.exit(0));
});
