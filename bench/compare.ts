// `npm run bench -- compare [--paths gps,menu,ordering,order-events] [--rounds 2] [--seconds 20] [--warmup 8]
//   [--drivers 10000] [--watchers 200] [--processes 4] [--connect-rate 400]
//   [--concurrency 16] [--customers 8000] [--subscribers 1000] [--event-rate 200]
//   [--port 3800] [--realtime-instances 3] [--adapters sharded,classic] [--cpu-prof <dir>] [--idle 5]`
// Each hot path against a raw baseline doing the same work without the framework, with the
// same load generator, interleaved app, raw, app, raw… so both sides see the same shared
// machine. Prints per run: throughput, latency P50/P99, CPU per operation of the server, of
// the database backends serving it, of the Redis server and of the load generator (from
// /proc, over the measured window only), RSS idle (started, before any load) and under load
// (each process's, when a side has several), the load average; then the app's ratios to the
// baseline (medians). --realtime-instances N adds a GPS side with N realtime instances sharing
// the fleet through the Socket.IO adapter, and its total CPU per point against one instance's;
// --adapters (SOCKET_ADAPTER values, default sharded) gives each listed adapter its own GPS sides;
// the order-events path (bench/compare-order-events.ts) compares N instances with one only.
// A path whose generator can pause (order events) first measures each side idle for --idle
// seconds, clients connected: its CPU per second, and the per-operation figure net of it.
// Everything on 127.0.0.1, on its own database, dropped at the end; bounded in time.
// A new path is one more HotPath (see bench/compare-gps.ts, bench/compare-menu.ts).
import { parseArgs } from "node:util";
import pg from "pg";
import { Redis } from "ioredis";
import { databaseName, withDatabase } from "@/lib/db/admin";
import { LOAD_APPLICATION_NAME, openBenchDatabase } from "./bench-database";
import { intOption as int } from "./load";
import { gpsPath } from "./compare-gps";
import { menuPath } from "./compare-menu";
import { orderingPath } from "./compare-ordering";
import { orderEventsPath } from "./compare-order-events";
import { cpuSince, cpuSnapshot, loadAverage, rssMb } from "./proc-stats";
import { SOCKET_ADAPTERS, type SocketAdapterKind } from "@/lib/realtime/socket-adapters";

export interface PathContext {
  databaseUrl: string;
  redisUrl: string;
}

/** A server under test, started for one run. */
export interface RunningSide {
  pid: number;
  /** Every process serving the side (a proxy and its app), when more than `pid`. */
  pids?: number[];
  url: string;
  /** Every instance's URL, when the side runs several (the load spreads over them). */
  urls?: string[];
  stop(): Promise<void>;
}

export interface LoadFigures {
  perSecond: number;
  /** Operations completed in the measured window (what CPU is divided by). */
  ops: number;
  p50: number;
  p99: number;
  extra: Record<string, number | string>;
}

/** Load on one side, connected and warmed up. */
export interface RunningLoad {
  /** The generator's processes (this one, for an in-process generator). */
  pids: number[];
  measure(seconds: number): Promise<LoadFigures>;
  /**
   * Holds the generator back (its clients stay connected) until the returned function is
   * called: what the side burns meanwhile is its idle cost (polls, heartbeats, timers), printed
   * beside the per-operation figures and taken out of them in the "net of idle" columns.
   */
  pause?(): Promise<() => void>;
  stop(): Promise<void>;
}

export interface HotPath {
  name: string;
  /** What one operation is (a point, a request). */
  unit: string;
  /** Side names in run order; the first is the app, the second the baseline ratios are against. */
  sides: string[];
  /** A further side the app is also compared with (a framework's floor). */
  reference?: string;
  /** Further [side, against] comparisons (several instances against one); a side here is not also put against the baseline. */
  pairs?: [string, string][];
  start(side: string, port: number): Promise<RunningSide>;
  /** Puts load on a started side (`side`: its name, for a path whose load differs per side). */
  load(server: RunningSide, side: string): Promise<RunningLoad>;
  /** Frees what the path set up for all its runs. */
  close?(): Promise<void>;
}

interface Run {
  path: HotPath;
  side: string;
  round: number;
  figures: LoadFigures;
  serverCpuPerOp: number;
  dbCpuPerOp: number;
  /** The whole Redis server's CPU (it is shared: read runs of a quiet machine). */
  redisCpuPerOp: number;
  generatorCpuPerOp: number;
  rssMb: number;
  /** Each serving process's RSS under load, in `pids` order. */
  rssByProcessMb: number[];
  /** The side's RSS once started, before any load. */
  idleRssMb: number;
  /** CPU ms per second of servers, database and Redis with the generator paused (paths that can pause). */
  idle: IdleCpu | null;
  /** Total CPU per op less what the side would have burnt idle over the measured window. */
  netCpuPerOp: number | null;
  load: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
};
const round2 = (n: number) => Math.round(n * 100) / 100;
const round3 = (n: number) => Math.round(n * 1000) / 1000;
/** Everything the operation cost the machine's servers: the processes serving it, their database backends, Redis. */
const totalCpuPerOp = (r: Pick<Run, "serverCpuPerOp" | "dbCpuPerOp" | "redisCpuPerOp">) => r.serverCpuPerOp + r.dbCpuPerOp + r.redisCpuPerOp;

/** Pids of the PostgreSQL backends serving the bench database (same machine), not the load generator's own. */
export async function backendPids(admin: pg.Client, database: string): Promise<number[]> {
  const { rows } = await admin.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND application_name <> $2`, [database, LOAD_APPLICATION_NAME]);
  return rows.map((r) => r.pid);
}

/** The Redis server's pid, when it runs on this machine (capacity planning needs its cost per op). */
export async function redisServerPid(url: string): Promise<number[]> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    const pid = Number(/process_id:(\d+)/.exec(await redis.info("server"))?.[1]);
    const host = new URL(url).hostname;
    return pid > 0 && ["127.0.0.1", "localhost", "::1", "[::1]"].includes(host) ? [pid] : [];
  } finally {
    redis.disconnect();
  }
}

/** `--adapters sharded,classic`: the realtime servers' adapters to compare, each once. */
function socketAdapters(list: string): SocketAdapterKind[] {
  const adapters = [...new Set(list.split(","))];
  const unknown = adapters.filter((a) => !SOCKET_ADAPTERS.includes(a as SocketAdapterKind));
  if (unknown.length > 0) throw new Error(`unknown adapter ${unknown.join(", ")}: ${SOCKET_ADAPTERS.join(" or ")}`);
  return adapters as SocketAdapterKind[];
}

/** Stops what the current run started (set while one runs), for Ctrl-C and the time limit. */
let stopCurrentRun: (() => Promise<void>) | undefined;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface IdleCpu {
  server: number;
  db: number;
  redis: number;
  total: number;
}

/** CPU ms per second of the side's servers, their database backends and Redis while the generator is paused. */
async function measureIdle(load: RunningLoad, seconds: number, serverPids: number[], dbPids: () => Promise<number[]>, redisPids: number[]): Promise<IdleCpu> {
  const resume = await load.pause!();
  try {
    const started = Date.now();
    const server = cpuSnapshot(serverPids);
    const db = cpuSnapshot(await dbPids());
    const redis = cpuSnapshot(redisPids);
    await sleep(seconds * 1000);
    const perSecond = (ms: number) => round2(ms / ((Date.now() - started) / 1000));
    const idle = { server: perSecond(cpuSince(server, serverPids)), db: perSecond(cpuSince(db, await dbPids())), redis: perSecond(cpuSince(redis, redisPids)) };
    return { ...idle, total: round2(idle.server + idle.db + idle.redis) };
  } finally {
    resume();
  }
}

async function runSide(path: HotPath, side: string, round: number, port: number, seconds: number, idleSeconds: number, admin: pg.Client, database: string, redisPids: number[]): Promise<Run> {
  const server = await path.start(side, port);
  stopCurrentRun = server.stop;
  try {
    const serverPids = server.pids ?? [server.pid];
    const idleRssMb = serverPids.reduce((total, pid) => total + rssMb(pid), 0);
    const load = await path.load(server, side);
    stopCurrentRun = () => load.stop().then(server.stop);
    try {
      const dbPids = () => backendPids(admin, database);
      const idle = load.pause && idleSeconds > 0 ? await measureIdle(load, idleSeconds, serverPids, dbPids, redisPids) : null;
      const started = Date.now();
      const serverBefore = cpuSnapshot(serverPids);
      const generatorBefore = cpuSnapshot(load.pids);
      const dbBefore = cpuSnapshot(await dbPids());
      const redisBefore = cpuSnapshot(redisPids);
      const figures = await load.measure(seconds);
      const perOp = (ms: number) => (figures.ops > 0 ? round3(ms / figures.ops) : NaN);
      const rssByProcessMb = serverPids.map(rssMb);
      const run = {
        path,
        side,
        round,
        figures,
        serverCpuPerOp: perOp(cpuSince(serverBefore, serverPids)),
        generatorCpuPerOp: perOp(cpuSince(generatorBefore, load.pids)),
        dbCpuPerOp: perOp(cpuSince(dbBefore, await dbPids())),
        redisCpuPerOp: perOp(cpuSince(redisBefore, redisPids)),
        rssByProcessMb,
        rssMb: rssByProcessMb.reduce((a, b) => a + b, 0),
        idleRssMb,
        idle,
        netCpuPerOp: null as number | null,
        load: loadAverage(),
      };
      if (idle) run.netCpuPerOp = round3(totalCpuPerOp(run) - perOp((idle.total * (Date.now() - started)) / 1000));
      return run;
    } finally {
      await load.stop();
    }
  } finally {
    stopCurrentRun = undefined;
    await server.stop();
  }
}

function printRuns(runs: Run[]) {
  console.table(
    runs.map((r) => ({
      path: r.path.name,
      side: r.side,
      round: r.round,
      [`ops/s`]: r.figures.perSecond,
      "P50 ms": round2(r.figures.p50),
      "P99 ms": round2(r.figures.p99),
      ...r.figures.extra,
      "server CPU ms/op": r.serverCpuPerOp,
      "db CPU ms/op": r.dbCpuPerOp,
      "redis CPU ms/op": r.redisCpuPerOp,
      "total CPU ms/op": round3(totalCpuPerOp(r)),
      ...(r.idle && { "idle CPU ms/s (server + db + redis)": `${r.idle.total} (${r.idle.server} + ${r.idle.db} + ${r.idle.redis})`, "net of idle ms/op": r.netCpuPerOp }),
      "generator CPU ms/op": r.generatorCpuPerOp,
      "idle RSS MB": r.idleRssMb,
      "server RSS MB": r.rssMb,
      ...(r.rssByProcessMb.length > 1 && { "RSS per process MB": r.rssByProcessMb.join(" + ") }),
      load: r.load,
    })),
  );
}

function printRatios(paths: HotPath[], runs: Run[]) {
  const rows = [];
  for (const path of paths) {
    const of = (side: string) => runs.filter((r) => r.path === path && r.side === side);
    const m = (list: Run[], pick: (r: Run) => number) => median(list.map(pick));
    // Each side against the baseline, but for a side compared in `pairs` (N instances: against one).
    const paired = new Set((path.pairs ?? []).map(([side]) => side));
    const pairs = path.sides.filter((s) => s !== path.sides[1] && !paired.has(s)).map((side) => [side, path.sides[1]!]);
    if (path.reference) pairs.push([path.sides[0]!, path.reference]);
    pairs.push(...(path.pairs ?? []));
    for (const [side, against] of pairs) {
      const app = of(side!);
      const baseline = of(against!);
      if (app.length === 0 || baseline.length === 0) continue;
      rows.push({
        path: path.name,
        sides: `${side} / ${against}`,
        throughput: round2(m(app, (r) => r.figures.perSecond) / m(baseline, (r) => r.figures.perSecond)),
        "P50": round2(m(app, (r) => r.figures.p50) / m(baseline, (r) => r.figures.p50)),
        "P99": round2(m(app, (r) => r.figures.p99) / m(baseline, (r) => r.figures.p99)),
        [`server CPU/${path.unit}`]: round2(m(app, (r) => r.serverCpuPerOp) / m(baseline, (r) => r.serverCpuPerOp)),
        [`server+db CPU/${path.unit}`]: round2(m(app, (r) => r.serverCpuPerOp + r.dbCpuPerOp) / m(baseline, (r) => r.serverCpuPerOp + r.dbCpuPerOp)),
        [`total CPU/${path.unit}`]: round2(m(app, totalCpuPerOp) / m(baseline, totalCpuPerOp)),
        ...([...app, ...baseline].every((r) => r.netCpuPerOp !== null) && { [`net of idle/${path.unit}`]: round2(m(app, (r) => r.netCpuPerOp ?? NaN) / m(baseline, (r) => r.netCpuPerOp ?? NaN)) }),
        RSS: round2(m(app, (r) => r.rssMb) / m(baseline, (r) => r.rssMb)),
      });
    }
  }
  console.log("\nratios (medians over rounds; throughput < 1 and the others > 1 mean the app costs more)");
  console.table(rows);
}

export async function benchCompare(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      paths: { type: "string", default: "gps" },
      rounds: { type: "string", default: "2" },
      seconds: { type: "string", default: "20" },
      warmup: { type: "string", default: "8" },
      idle: { type: "string", default: "5" },
      drivers: { type: "string", default: "10000" },
      watchers: { type: "string", default: "200" },
      interval: { type: "string", default: "5" },
      processes: { type: "string", default: "4" },
      "connect-rate": { type: "string", default: "400" },
      concurrency: { type: "string", default: "16" },
      customers: { type: "string", default: "8000" },
      subscribers: { type: "string", default: "1000" },
      "event-rate": { type: "string", default: "200" },
      port: { type: "string", default: "3800" },
      "realtime-instances": { type: "string", default: "1" },
      adapters: { type: "string", default: "sharded" },
      "cpu-prof": { type: "string" },
    },
  });
  const rounds = int("rounds", values.rounds, 10);
  const seconds = int("seconds", values.seconds, 300);
  const warmupSeconds = int("warmup", values.warmup, 120);
  const idleSeconds = int("idle", values.idle, 60);
  const port = int("port", values.port, 65_000);
  const wanted = values.paths.split(",");
  const known = ["gps", "menu", "ordering", "order-events"];
  const unknown = wanted.filter((p) => !known.includes(p));
  if (unknown.length > 0) throw new Error(`unknown path ${unknown.join(", ")}: one of ${known.join(", ")}`);

  const database = await openBenchDatabase("compare");
  const admin = new pg.Client({ connectionString: withDatabase(database.url, "postgres") });
  await admin.connect();
  const runs: Run[] = [];
  let closers: HotPath[] = [];
  // Bounded: every run stops by itself; past this the process ends (the database is dropped first).
  const limitMs = wanted.length * rounds * 4 * (seconds + warmupSeconds + 180) * 1000;
  const abort = (code: number) => void Promise.resolve(stopCurrentRun?.()).finally(() => void database.drop().finally(() => process.exit(code)));
  const hardStop = setTimeout(() => {
    console.error("time limit reached");
    abort(1);
  }, limitMs).unref();
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => abort(130));
  try {
    const context = { databaseUrl: database.url, redisUrl: process.env.REDIS_URL || "redis://127.0.0.1:6379" };
    const redisPids = await redisServerPid(context.redisUrl);
    const paths: HotPath[] = [];
    closers = paths;
    if (wanted.includes("gps")) {
      paths.push(
        await gpsPath(context, {
          drivers: int("drivers", values.drivers, 50_000),
          watchers: int("watchers", values.watchers, 5000),
          intervalMs: int("interval", values.interval, 60) * 1000,
          processes: int("processes", values.processes, 16),
          connectRate: int("connect-rate", values["connect-rate"], 5000),
          realtimeInstances: int("realtime-instances", values["realtime-instances"], 8),
          adapters: socketAdapters(values.adapters),
          warmupSeconds,
          cpuProf: values["cpu-prof"],
        }),
      );
    }
    if (wanted.includes("menu")) {
      paths.push(await menuPath(context, { concurrency: int("concurrency", values.concurrency, 256), warmupSeconds, cpuProf: values["cpu-prof"] }));
    }
    if (wanted.includes("ordering")) {
      paths.push(
        await orderingPath(context, {
          concurrency: int("concurrency", values.concurrency, 512),
          customers: int("customers", values.customers, 100_000),
          warmupSeconds,
          cpuProf: values["cpu-prof"],
        }),
      );
    }
    if (wanted.includes("order-events")) {
      paths.push(
        await orderEventsPath(context, {
          subscribers: int("subscribers", values.subscribers, 50_000),
          eventRate: int("event-rate", values["event-rate"], 5000),
          processes: int("processes", values.processes, 16),
          connectRate: int("connect-rate", values["connect-rate"], 5000),
          realtimeInstances: int("realtime-instances", values["realtime-instances"], 8),
          warmupSeconds,
          cpuProf: values["cpu-prof"],
        }),
      );
    }
    console.log(`compare: ${paths.map((p) => p.name).join(", ")}; ${rounds} rounds of ${seconds} s per side after ${warmupSeconds} s warm-up; load average at start ${loadAverage()}`);
    for (const path of paths) {
      for (let round = 1; round <= rounds; round++) {
        for (const side of path.sides) {
          const run = await runSide(path, side, round, port, seconds, idleSeconds, admin, databaseName(database.url), redisPids);
          console.log(`${path.name} ${side} round ${round}: ${run.figures.perSecond} ${path.unit}s/s, P99 ${round2(run.figures.p99)} ms, server ${run.serverCpuPerOp} ms CPU/${path.unit}`);
          runs.push(run);
        }
      }
    }
    printRuns(runs);
    printRatios(paths, runs);
  } finally {
    clearTimeout(hardStop);
    for (const path of closers) await path.close?.();
    await admin.end();
    await database.drop();
  }
}
