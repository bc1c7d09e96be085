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
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { openBenchDatabase } from "./bench-database";
import { intOption as int } from "./load";
import { createFleet, startGpsLoad, waitForHealth, type GpsLoad } from "./gps-load";

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

async function runOnce(databaseUrl: string, options: RunOptions) {
  const label = `${options.instances} instance${options.instances > 1 ? "s" : ""}, ${options.redisUrl ? "Redis" : "no Redis"}`;
  console.log(`\n== ${label}: ${options.drivers} drivers, ${options.watchers} watchers, a point every ${options.intervalMs / 1000} s, ${options.processes} client processes`);
  const secret = randomBytes(32).toString("base64url");
  const run = randomBytes(3).toString("hex");
  const fleet = await createFleet(databaseUrl, secret, options.drivers, options.watchers, run);

  const instances = Array.from({ length: options.instances }, (_, i) => {
    const port = options.port + i;
    const profile = options.cpuProf ? ["--cpu-prof", `--cpu-prof-dir=${options.cpuProf}`] : [];
    const child: ChildProcess = spawn(process.execPath, [...profile, "--import", "tsx", "server/realtime/index.ts"], {
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, DATABASE_URL: databaseUrl, REALTIME_PORT: String(port), NEXTAUTH_SECRET: secret, REDIS_URL: options.redisUrl ?? "", LOG_LEVEL: "error", NODE_ENV: "production" },
    });
    return { port, child, url: `http://127.0.0.1:${port}` };
  });
  let load: GpsLoad | undefined;
  const stopAll = async () => {
    await load?.stop();
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
    const started = Date.now();
    load = await startGpsLoad({ urls: instances.map((i) => i.url), fleet, intervalMs: options.intervalMs, processes: options.processes, verbose: options.verbose });
    console.log(`connected ${load.connected}/${options.drivers + options.watchers} sockets in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    load.send();
    await sleep(WARMUP_SECONDS * 1000);
    const result = { run: label, drivers: options.drivers, watchers: options.watchers, ...(await load.measure(options.seconds)) };
    console.log(JSON.stringify(result, null, 2));
    return result;
  } finally {
    clearTimeout(hardStop);
    if (!timedOut) await stopAll();
    stopCurrentRun = undefined;
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
  const database = await openBenchDatabase("gps");
  const cleanUp = async () => {
    await stopCurrentRun?.();
    await database.drop();
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void cleanUp().then(() => process.exit(130)));
  try {
    const results = [];
    for (const r of runs) results.push(await runOnce(database.url, { ...base, ...r }));
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
