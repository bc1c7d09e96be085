// Raw baseline for order event fan-out in `npm run bench -- compare --paths order-events`: the
// same work as the realtime servers' order event relay, written the plain way with no framework
// of ours — a bare Socket.IO server on the sharded Redis adapter (as the app's), sockets joining
// their order's or restaurant's room on subscribe, and one instance (whoever holds an advisory
// lock) LISTENing for the log's NOTIFY, reading the new rows with `pg` and emitting each to its
// rooms through the adapter, which carries it to the instances holding them. A seq that commits
// late (a hole in the log) is waited for up to 3 s, as the app's relay does. No sessions and no
// checks on who subscribes: a connection's cost, not an event's. Run with one instance or
// several on one Redis, it gives the floor of the growth from 1 to N instances on this machine
// for this work (issue 12's rule). Run: BASELINE_PORT, DATABASE_URL, REDIS_URL.
import http from "node:http";
import { Server } from "socket.io";
import { createShardedAdapter } from "@socket.io/redis-adapter";
import { Redis } from "ioredis";
import pg from "pg";
import { orderRoom, restaurantRoom } from "@/lib/realtime/events";
import { ORDER_EVENTS_CHANNEL } from "@/lib/orders/append-order-event";

const HOLE_WAIT_MS = 3_000;
const LEADER_LOCK = 727_001; // this baseline's own advisory lock key

const pub = new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379");
const sub = pub.duplicate();
const httpServer = http.createServer((req, res) => {
  res.writeHead(req.url === "/health" ? 200 : 404).end();
});
const io = new Server(httpServer, { adapter: createShardedAdapter(pub, sub, { subscriptionMode: "dynamic" }) });

io.on("connection", (socket) => {
  socket.on("order:subscribe", (feed: { orderId?: unknown }, ack: (answer: unknown) => void) => {
    if (typeof feed?.orderId !== "string") return ack({ ok: false, code: "invalid_request" });
    void socket.join(orderRoom(feed.orderId));
    ack({ ok: true });
  });
  socket.on("restaurant:subscribe", (feed: { restaurantId?: unknown }, ack: (answer: unknown) => void) => {
    if (typeof feed?.restaurantId !== "string") return ack({ ok: false, code: "invalid_request" });
    void socket.join(restaurantRoom(feed.restaurantId));
    ack({ ok: true });
  });
});

interface Row {
  seq: string;
  orderId: string;
  restaurantId: string;
  type: string;
  fromStatus: string | null;
  toStatus: string;
  actorRole: string;
  payload: unknown;
  createdAt: Date;
  txid: string;
}

const listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
const reader = new pg.Client({ connectionString: process.env.DATABASE_URL });
/** Every seq up to here has been sent (or given up on); `sent` holds those sent above it. */
let low = 0n;
const sent = new Set<bigint>();
/** When the lowest hole was first seen. */
let holeSince: number | null = null;
let reading = false;
let again = false;

async function relay() {
  if (reading) return void (again = true);
  reading = true;
  try {
    do {
      again = false;
      const { rows } = await reader.query<Row>(
        `SELECT seq::text AS seq, order_id AS "orderId", restaurant_id AS "restaurantId", type, from_status AS "fromStatus",
                to_status AS "toStatus", actor_role AS "actorRole", payload, created_at AS "createdAt", txid::text AS txid
         FROM order_events WHERE seq > $1 ORDER BY seq LIMIT 1000`,
        [low.toString()],
      );
      for (const row of rows) {
        const seq = BigInt(row.seq);
        if (sent.has(seq)) continue;
        sent.add(seq);
        io.to([orderRoom(row.orderId), restaurantRoom(row.restaurantId)]).emit("order:event", { ...row, createdAt: row.createdAt.toISOString() });
      }
      while (sent.delete(low + 1n)) low++;
      if (sent.size === 0) holeSince = null;
      else if (holeSince === null) holeSince = Date.now();
      else if (Date.now() - holeSince > HOLE_WAIT_MS) {
        // The hole's transaction rolled back or is very late: given up on, as the app's relay does.
        low = [...sent].reduce((a, b) => (a < b ? a : b)) - 1n;
        holeSince = null;
        again = true;
      }
    } while (again);
  } finally {
    reading = false;
  }
}

async function lead() {
  await Promise.all([listener.connect(), reader.connect()]);
  for (;;) {
    const { rows } = await listener.query<{ locked: boolean }>(`SELECT pg_try_advisory_lock($1) AS locked`, [LEADER_LOCK]);
    if (rows[0]!.locked) break;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  low = BigInt((await reader.query<{ seq: string }>(`SELECT coalesce(max(seq), 0)::text AS seq FROM order_events`)).rows[0]!.seq);
  listener.on("notification", () => void relay().catch((error: unknown) => console.error("baseline relay read failed", error)));
  await listener.query(`LISTEN ${ORDER_EVENTS_CHANNEL}`);
  // A hole's wait ends even when no further NOTIFY comes.
  setInterval(() => void relay().catch(() => undefined), 1000).unref();
}

httpServer.listen(Number(process.env.BASELINE_PORT));
void lead().catch((error: unknown) => {
  console.error("baseline relay failed", error);
  process.exit(1);
});

process.once("SIGTERM", () => {
  setTimeout(() => process.exit(0), 2000).unref();
  io.close();
  void Promise.all([listener.end(), reader.end(), pub.quit(), sub.quit()]).finally(() => process.exit(0));
});
