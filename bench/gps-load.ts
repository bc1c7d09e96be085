// The GPS load of `npm run bench -- gps` and `npm run bench -- compare`: a fleet of drivers
// (the first W of them carrying a PICKED_UP order of a watching customer) in the database, and
// client processes (bench/gps-client.ts) that hold their sockets, send a point per driver per
// interval and report acks and customer deliveries. Everything on 127.0.0.1.
import { fork, type ChildProcess } from "node:child_process";
import pg from "pg";
import { mintSessionTokens } from "../tests/support/session-cookie";
import { percentile } from "./load";
import type { ClientConfig, ClientReport } from "./gps-client";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface GpsFleet {
  drivers: { id: string; token: string; lat: number; lng: number; orderId: string | null }[];
  watchers: { token: string }[];
}

export interface GpsLoadResult {
  connected: number;
  offeredPerSecond: number;
  acceptedPerSecond: number;
  acceptedPerSecondMin: number;
  droppedPerSecond: number;
  refused: Record<string, number>;
  /** Unanswered at the end: > 0 means the server fell behind the offered rate. */
  pendingAtEnd: number;
  ackMs: { p50: number; p99: number; n: number };
  ingestToCustomerMs: { p50: number; p99: number; n: number };
}

/** Stops load-generator processes: asked first, killed half a second later. */
export async function stopClients(clients: ChildProcess[]): Promise<void> {
  for (const c of clients) if (c.connected) c.send({ type: "stop" });
  await sleep(500);
  for (const c of clients) c.kill("SIGKILL");
}

/** Waits until every load-generator process is ready; stops them all when one fails. */
export async function allReadyOrStop(ready: Promise<void>[], stop: () => Promise<void>): Promise<void> {
  try {
    await Promise.all(ready);
  } catch (error) {
    await stop();
    throw error;
  }
}

export async function waitForHealth(url: string, child: ChildProcess, deadline: number) {
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the server process exited (${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await sleep(250);
  }
  throw new Error(`${url} did not come up`);
}

/**
 * Drivers, and for the first W of them a customer with a PICKED_UP order, in bulk, with
 * session tokens minted with `secret` and start positions around the first restaurant.
 */
export async function createFleet(databaseUrl: string, secret: string, drivers: number, watchers: number, run: string): Promise<GpsFleet> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows: [restaurant] } = await db.query<{ id: string; lat: number; lng: number }>(`SELECT id, lat, lng FROM restaurants ORDER BY name LIMIT 1`);
    const { rows: driverRows } = await db.query<{ id: string; user_id: string; email: string; i: number }>(
      `WITH u AS (
         INSERT INTO users (id, email, name, role, password_hash)
         SELECT gen_random_uuid(), 'gps-' || $1 || '-' || i || '@bench.test', 'GPS driver ' || i, 'DRIVER', 'bench-no-login' FROM generate_series(1, $2) i
         RETURNING id, email)
       INSERT INTO drivers (id, user_id, status, available_since)
       SELECT gen_random_uuid(), u.id, 'AVAILABLE', now() FROM u
       RETURNING id, user_id, (SELECT email FROM u WHERE u.id = user_id) AS email`,
      [run, drivers],
    );
    const indexOf = (email: string) => Number(email.split("-").at(-1)!.split("@")[0]);
    driverRows.sort((a, b) => indexOf(a.email) - indexOf(b.email));
    const { rows: customerRows } = await db.query<{ id: string; email: string }>(
      `INSERT INTO users (id, email, name, role, password_hash)
       SELECT gen_random_uuid(), 'gps-watch-' || $1 || '-' || i || '@bench.test', 'Watcher ' || i, 'CUSTOMER', 'bench-no-login' FROM generate_series(1, $2) i
       RETURNING id, email`,
      [run, watchers],
    );
    customerRows.sort((a, b) => indexOf(a.email) - indexOf(b.email));
    const orderIds: string[] = [];
    for (const [i, customer] of customerRows.entries()) {
      const { rows: [order] } = await db.query<{ id: string }>(
        `INSERT INTO orders (id, restaurant_id, customer_id, driver_id, channel, status, idempotency_key, subtotal_cents, total_cents,
                             delivery_address, delivery_lat, delivery_lng, delivery_code, updated_at, picked_up_at)
         VALUES (gen_random_uuid(), $1, $2, $3, 'WEB', 'PICKED_UP', $4, 1000, 1000, 'Bench street 1', $5, $6, '1234', now(), now()) RETURNING id`,
        [restaurant!.id, customer.id, driverRows[i]!.id, `gps-bench-${run}-${i}`, restaurant!.lat + 0.01, restaurant!.lng + 0.01],
      );
      orderIds.push(order!.id);
      await db.query(`UPDATE drivers SET status = 'ON_DELIVERY' WHERE id = $1`, [driverRows[i]!.id]);
    }
    // Sessions as a real sign-in makes them (the realtime handshake checks the row).
    const driverTokens = await mintSessionTokens(db, driverRows.map((d) => d.user_id), secret);
    const watcherTokens = await mintSessionTokens(db, customerRows.map((c) => c.id), secret);
    return {
      drivers: driverRows.map((d, i) => ({
        id: d.id,
        token: driverTokens[i]!,
        lat: restaurant!.lat + (Math.random() - 0.5) * 0.05,
        lng: restaurant!.lng + (Math.random() - 0.5) * 0.08,
        orderId: orderIds[i] ?? null,
      })),
      watchers: watcherTokens.map((token) => ({ token })),
    };
  } finally {
    await db.end();
  }
}

export interface GpsLoad {
  connected: number;
  /** Pids of the client processes (their CPU is the generator's share of the machine). */
  pids: number[];
  /** Starts sending points (every driver once per interval). */
  send(): void;
  /** Counts what the clients report for `seconds` from now. */
  measure(seconds: number): Promise<GpsLoadResult>;
  stop(): Promise<void>;
}

/**
 * Client processes holding the fleet's sockets: driver i connects to urls[i % n], its watcher
 * to the next URL. Resolves once every socket has connected or failed.
 */
export async function startGpsLoad(options: {
  urls: string[];
  fleet: GpsFleet;
  intervalMs: number;
  processes: number;
  /** Sockets opened per second by all processes together. */
  connectRate?: number;
  verbose?: boolean;
}): Promise<GpsLoad> {
  const { fleet, processes } = options;
  const clients: ChildProcess[] = [];
  let second: ClientReport[] = [];
  const connectedBy = new Map<number, number>();
  const ready: Promise<void>[] = [];
  for (let p = 0; p < processes; p++) {
    const child = fork("bench/gps-client.ts", [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
    clients.push(child);
    const config: ClientConfig = {
      urls: options.urls,
      drivers: [],
      watchers: [],
      intervalMs: options.intervalMs,
      connectRate: Math.max(10, Math.ceil((options.connectRate ?? 1000) / processes)),
    };
    for (let i = p; i < fleet.drivers.length; i += processes) {
      const d = fleet.drivers[i]!;
      config.drivers.push({ token: d.token, index: i, watched: i < fleet.watchers.length, lat: d.lat, lng: d.lng, driverId: d.id, orderId: d.orderId });
    }
    for (let i = p; i < fleet.watchers.length; i += processes) config.watchers.push({ token: fleet.watchers[i]!.token, index: i });
    ready.push(
      new Promise<void>((resolve) =>
        child.on("message", (m: { type: string; report?: ClientReport; connected?: number }) => {
          if (m.type === "connected") {
            connectedBy.set(p, m.connected!);
            resolve();
          }
          if (m.type === "report") {
            connectedBy.set(p, m.report!.connected);
            second.push(m.report!);
            if (options.verbose && p === 0) console.log(`  process 0: +${m.report!.accepted} accepted, ${m.report!.pending} unanswered`);
          }
        }),
      ),
    );
    child.send({ type: "start", config });
  }
  const stop = () => stopClients(clients);
  await allReadyOrStop(ready, stop);
  const connected = () => [...connectedBy.values()].reduce((a, b) => a + b, 0);

  return {
    connected: connected(),
    pids: clients.map((c) => c.pid!),
    send: () => clients.forEach((c) => c.send({ type: "send" })),
    async measure(seconds) {
      const reports: ClientReport[][] = [];
      second = [];
      const collector = setInterval(() => {
        reports.push(second);
        second = [];
      }, 1000);
      await sleep(seconds * 1000);
      clearInterval(collector);
      // The sleep ends just before the collector's last tick: rates are over the seconds
      // collected (dividing by `seconds` reported 1,900 of 2,000 points/s accepted: 19 of 20).
      const collected = Math.max(1, reports.length);
      const sum = (pick: (r: ClientReport) => number) => reports.flat().reduce((a, r) => a + pick(r), 0);
      const all = (pick: (r: ClientReport) => number[]) => reports.flat().flatMap(pick);
      const perSecond = reports.map((s) => s.reduce((a, r) => a + r.accepted, 0));
      const ack = all((r) => r.ackMs);
      const delivery = all((r) => r.deliveryMs);
      return {
        connected: connected(),
        offeredPerSecond: Math.round(fleet.drivers.length / (options.intervalMs / 1000)),
        acceptedPerSecond: Math.round(sum((r) => r.accepted) / collected),
        acceptedPerSecondMin: Math.min(...perSecond),
        droppedPerSecond: Math.round(sum((r) => r.dropped) / collected),
        refused: reports.flat().reduce<Record<string, number>>((all, r) => {
          for (const [code, n] of Object.entries(r.refused)) all[code] = (all[code] ?? 0) + n;
          return all;
        }, {}),
        pendingAtEnd: (reports.at(-1) ?? []).reduce((a, r) => a + r.pending, 0),
        ackMs: { p50: percentile(ack, 50), p99: percentile(ack, 99), n: ack.length },
        ingestToCustomerMs: { p50: percentile(delivery, 50), p99: percentile(delivery, 99), n: delivery.length },
      };
    },
    stop,
  };
}
