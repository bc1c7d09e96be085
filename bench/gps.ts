// `npm run bench -- gps [--drivers 10000] [--watchers 200] [--seconds 60] [--interval 5]
//   [--instances 1|2] [--redis | --no-redis] [--processes 4] [--matrix] [--port 3700]
//   [--verbose] [--cpu-prof <dir>]`
// GPS ingest at fleet scale (seed 002: 10,000 drivers, a point every 5 s = 2,000 events/s):
// N driver sockets send `driver:location` to the realtime server(s), W customers follow
// orders that are PICKED_UP and receive `driver:position`. Prints sustained accepted GPS
// events/s, driver→ack and ingest→customer latency P50/P99. Everything on 127.0.0.1, on a
// fresh database that is dropped afterwards; bounded in time, stops by itself.
// --matrix runs: no Redis with one instance, Redis with one, Redis with two (watchers on
// the other instance than their driver, so every position crosses the Redis adapter).
import { fork, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import pg from "pg";
import { dropDatabase, ensureDatabase, withDatabase } from "@/lib/db/admin";
import { applyMigrations } from "@/lib/db/migrations";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { mintSessionToken } from "../tests/support/session-cookie";
import { percentile } from "./load";
import type { ClientConfig, ClientReport } from "./gps-client";

interface RunOptions {
  drivers: number;
  watchers: number;
  seconds: number;
  intervalMs: number;
  instances: number;
  redisUrl: string | undefined;
  processes: number;
  port: number;
  verbose: boolean;
  /** Folder for V8 CPU profiles of the realtime instances (where the time goes). */
  cpuProf: string | undefined;
}

const WARMUP_SECONDS = 10;
/** Stops the current run's processes (set while one runs), for Ctrl-C and the time limit. */
let stopCurrentRun: (() => Promise<void>) | undefined;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitForHealth(url: string, child: ChildProcess, deadline: number) {
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the realtime process exited (${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await sleep(250);
  }
  throw new Error(`${url} did not come up`);
}

/** Drivers, and for the first W of them a customer with a PICKED_UP order, in bulk. */
async function createFleet(databaseUrl: string, drivers: number, watchers: number, run: string) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows: [restaurant] } = await db.query<{ id: string; lat: number; lng: number }>(`SELECT id, lat, lng FROM restaurants ORDER BY name LIMIT 1`);
    const { rows: driverRows } = await db.query<{ id: string; user_id: string; email: string }>(
      `WITH u AS (
         INSERT INTO users (id, email, name, role, password_hash)
         SELECT gen_random_uuid(), 'gps-' || $1 || '-' || i || '@bench.test', 'GPS driver ' || i, 'DRIVER', 'bench-no-login' FROM generate_series(1, $2) i
         RETURNING id, email)
       INSERT INTO drivers (id, user_id, status, available_since)
       SELECT gen_random_uuid(), u.id, 'AVAILABLE', now() FROM u
       RETURNING id, user_id, (SELECT email FROM u WHERE u.id = user_id) AS email`,
      [run, drivers],
    );
    driverRows.sort((a, b) => Number(a.email.split("-")[2]!.split("@")[0]) - Number(b.email.split("-")[2]!.split("@")[0]));
    const { rows: customerRows } = await db.query<{ id: string; email: string }>(
      `INSERT INTO users (id, email, name, role, password_hash)
       SELECT gen_random_uuid(), 'gps-watch-' || $1 || '-' || i || '@bench.test', 'Watcher ' || i, 'CUSTOMER', 'bench-no-login' FROM generate_series(1, $2) i
       RETURNING id, email`,
      [run, watchers],
    );
    customerRows.sort((a, b) => Number(a.email.split("-").at(-1)!.split("@")[0]) - Number(b.email.split("-").at(-1)!.split("@")[0]));
    for (const [i, customer] of customerRows.entries()) {
      await db.query(
        `INSERT INTO orders (id, restaurant_id, customer_id, driver_id, channel, status, idempotency_key, subtotal_cents, total_cents,
                             delivery_address, delivery_lat, delivery_lng, delivery_code, updated_at, picked_up_at)
         VALUES (gen_random_uuid(), $1, $2, $3, 'WEB', 'PICKED_UP', $4, 1000, 1000, 'Bench street 1', $5, $6, '1234', now(), now())`,
        [restaurant!.id, customer.id, driverRows[i]!.id, `gps-bench-${run}-${i}`, restaurant!.lat + 0.01, restaurant!.lng + 0.01],
      );
      await db.query(`UPDATE drivers SET status = 'ON_DELIVERY' WHERE id = $1`, [driverRows[i]!.id]);
    }
    return { restaurant: restaurant!, drivers: driverRows, customers: customerRows };
  } finally {
    await db.end();
  }
}

async function runOnce(databaseUrl: string, options: RunOptions) {
  const label = `${options.instances} instance${options.instances > 1 ? "s" : ""}, ${options.redisUrl ? "Redis" : "no Redis"}`;
  console.log(`\n== ${label}: ${options.drivers} drivers, ${options.watchers} watchers, a point every ${options.intervalMs / 1000} s, ${options.processes} client processes`);
  const secret = randomBytes(32).toString("base64url");
  const run = randomBytes(3).toString("hex");
  const fleet = await createFleet(databaseUrl, options.drivers, options.watchers, run);
  const sessions = new pg.Client({ connectionString: databaseUrl });
  await sessions.connect();
  const mint = (userId: string) => mintSessionToken(sessions, userId, secret);

  const instances = Array.from({ length: options.instances }, (_, i) => {
    const port = options.port + i;
    const profile = options.cpuProf ? ["--cpu-prof", `--cpu-prof-dir=${options.cpuProf}`] : [];
    const child = spawn(process.execPath, [...profile, "--import", "tsx", "server/realtime/index.ts"], {
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, DATABASE_URL: databaseUrl, REALTIME_PORT: String(port), NEXTAUTH_SECRET: secret, REDIS_URL: options.redisUrl ?? "", LOG_LEVEL: "error", NODE_ENV: "production" },
    });
    return { port, child, url: `http://127.0.0.1:${port}` };
  });
  const clients: ChildProcess[] = [];
  const stopAll = async () => {
    for (const c of clients) if (c.connected) c.send({ type: "stop" });
    await sleep(500);
    for (const c of clients) c.kill("SIGKILL");
    await Promise.all(instances.map(({ child }) => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : (child.once("exit", () => resolve()), child.kill("SIGTERM"))))));
  };
  stopCurrentRun = stopAll;
  // Bounded: whatever happens, this run ends (the caller drops the database).
  let timedOut = false;
  const hardStop = setTimeout(() => {
    timedOut = true;
    console.error("time limit reached: stopping this run");
    void stopAll();
  }, (options.seconds + WARMUP_SECONDS + 300) * 1000);

  try {
    await Promise.all(instances.map(({ url, child }) => waitForHealth(`${url}/health`, child, Date.now() + 120_000)));
    const tokens = await Promise.all(fleet.drivers.map((d) => mint(d.user_id)));
    const watcherTokens = await Promise.all(fleet.customers.map((c) => mint(c.id)));

    const reports: ClientReport[][] = [];
    let second: ClientReport[] = [];
    const connectedBy = new Map<number, number>();
    const ready: Promise<void>[] = [];
    for (let p = 0; p < options.processes; p++) {
      const child = fork("bench/gps-client.ts", [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
      clients.push(child);
      const config: ClientConfig = {
        urls: instances.map((i) => i.url),
        drivers: [],
        watchers: [],
        intervalMs: options.intervalMs,
        connectRate: Math.max(50, Math.ceil(1000 / options.processes)),
      };
      for (let i = p; i < options.drivers; i += options.processes) {
        config.drivers.push({ token: tokens[i]!, index: i, watched: i < options.watchers, lat: fleet.restaurant.lat + (Math.random() - 0.5) * 0.05, lng: fleet.restaurant.lng + (Math.random() - 0.5) * 0.08 });
      }
      for (let i = p; i < options.watchers; i += options.processes) config.watchers.push({ token: watcherTokens[i]!, index: i });
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
    const started = Date.now();
    await Promise.all(ready);
    const connected = [...connectedBy.values()].reduce((a, b) => a + b, 0);
    console.log(`connected ${connected}/${options.drivers + options.watchers} sockets in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    for (const c of clients) c.send({ type: "send" });
    await sleep(WARMUP_SECONDS * 1000);
    second = [];
    const collector = setInterval(() => {
      reports.push(second);
      second = [];
    }, 1000);
    await sleep(options.seconds * 1000);
    clearInterval(collector);

    const sum = (pick: (r: ClientReport) => number) => reports.flat().reduce((a, r) => a + pick(r), 0);
    const all = (pick: (r: ClientReport) => number[]) => reports.flat().flatMap(pick);
    const perSecond = reports.map((s) => s.reduce((a, r) => a + r.accepted, 0));
    const ack = all((r) => r.ackMs);
    const delivery = all((r) => r.deliveryMs);
    const result = {
      run: label,
      drivers: options.drivers,
      watchers: options.watchers,
      connected: [...connectedBy.values()].reduce((a, b) => a + b, 0),
      offeredPerSecond: Math.round(options.drivers / (options.intervalMs / 1000)),
      acceptedPerSecond: Math.round(sum((r) => r.accepted) / options.seconds),
      acceptedPerSecondMin: Math.min(...perSecond),
      droppedPerSecond: Math.round(sum((r) => r.dropped) / options.seconds),
      refused: reports.flat().reduce<Record<string, number>>((all, r) => {
        for (const [code, n] of Object.entries(r.refused)) all[code] = (all[code] ?? 0) + n;
        return all;
      }, {}),
      // Unanswered at the end: > 0 means the server fell behind the offered rate.
      pendingAtEnd: (reports.at(-1) ?? []).reduce((a, r) => a + r.pending, 0),
      ackMs: { p50: percentile(ack, 50), p99: percentile(ack, 99), n: ack.length },
      ingestToCustomerMs: { p50: percentile(delivery, 50), p99: percentile(delivery, 99), n: delivery.length },
    };
    console.log(JSON.stringify(result, null, 2));
    return result;
  } finally {
    clearTimeout(hardStop);
    if (!timedOut) await stopAll();
    stopCurrentRun = undefined;
    await sessions.end();
  }
}

export async function benchGps(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      drivers: { type: "string", default: "10000" },
      watchers: { type: "string", default: "200" },
      seconds: { type: "string", default: "60" },
      interval: { type: "string", default: "5" },
      instances: { type: "string", default: "1" },
      redis: { type: "boolean" },
      "no-redis": { type: "boolean" },
      processes: { type: "string", default: "4" },
      matrix: { type: "boolean", default: false },
      port: { type: "string", default: "3700" },
      verbose: { type: "boolean", default: false },
      "cpu-prof": { type: "string" },
    },
  });
  const int = (name: string, raw: string, max: number) => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`--${name} must be an integer in 1..${max}`);
    return n;
  };
  const base = {
    drivers: int("drivers", values.drivers, 50_000),
    watchers: int("watchers", values.watchers, 5000),
    seconds: int("seconds", values.seconds, 600),
    intervalMs: int("interval", values.interval, 60) * 1000,
    processes: int("processes", values.processes, 16),
    port: int("port", values.port, 65_000),
    verbose: values.verbose,
    cpuProf: values["cpu-prof"],
  };
  if (base.watchers > base.drivers) throw new Error("--watchers cannot exceed --drivers (one watcher per driver's order)");
  const redisUrl = process.env.REDIS_URL || "redis://127.0.0.1:6379";
  const wantRedis = values["no-redis"] ? false : (values.redis ?? !!process.env.REDIS_URL);
  const runs = values.matrix
    ? [
        { instances: 1, redisUrl: undefined },
        { instances: 1, redisUrl },
        { instances: 2, redisUrl },
      ]
    : [{ instances: int("instances", values.instances, 4), redisUrl: wantRedis ? redisUrl : undefined }];
  if (runs.some((r) => r.instances > 1 && !r.redisUrl)) throw new Error("two or more instances need Redis (--redis)");

  // A fresh database on the configured server (or an embedded one), dropped at the end.
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dataDir: `/tmp/swifteats-gps-bench-${randomBytes(4).toString("hex")}`, port: 56000 + Math.floor(Math.random() * 4000), persistent: false });
  const databaseUrl = withDatabase(process.env.DATABASE_URL ?? embedded!.url("postgres"), `swifteats_gps_bench_${Date.now()}_${randomBytes(3).toString("hex")}`);
  await ensureDatabase(databaseUrl);
  const cleanUp = async () => {
    await stopCurrentRun?.();
    await dropDatabase(databaseUrl).catch(() => undefined);
    await embedded?.stop();
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void cleanUp().then(() => process.exit(130)));
  try {
    await applyMigrations(databaseUrl);
    const prisma = createPrismaClient(databaseUrl, 2);
    await seedDemo(prisma);
    await prisma.$disconnect();
    const results = [];
    for (const r of runs) results.push(await runOnce(databaseUrl, { ...base, ...r }));
    console.log("\nsummary");
    console.table(
      results.map((r) => ({
        run: r.run,
        connected: r.connected,
        "offered/s": r.offeredPerSecond,
        "accepted/s": r.acceptedPerSecond,
        "min/s": r.acceptedPerSecondMin,
        "ack P50": r.ackMs.p50,
        "ack P99": r.ackMs.p99,
        "→customer P50": r.ingestToCustomerMs.p50,
        "→customer P99": r.ingestToCustomerMs.p99,
        "unanswered at end": r.pendingAtEnd,
      })),
    );
  } finally {
    await cleanUp();
  }
}
