// GPS ingest in `npm run bench -- compare`: the realtime server (server/realtime/index.ts)
// against the raw baseline (bench/baselines/gps-server.ts), both driven by the same fleet of
// driver and watcher sockets (bench/gps-load.ts). One operation is one accepted point.
// With realtimeInstances > 1, a further app side runs that many instances on one Redis: driver i
// on instance i mod N and its watcher on the next, so every position crosses the Socket.IO
// adapter; its total CPU per point against one instance's is issue 12's scaling rule (≤ 15 %).
import { baselineArgs, ensureBuild, startInstances } from "./start-process";
import { compiledArgs } from "../server/start/server-entries";
import { randomBytes } from "node:crypto";
import { createFleet, startGpsLoad } from "./gps-load";
import type { HotPath, PathContext } from "./compare";

export interface GpsPathOptions {
  drivers: number;
  watchers: number;
  intervalMs: number;
  processes: number;
  /** Sockets opened per second: a handshake storm would be measured as the points' cost. */
  connectRate: number;
  warmupSeconds: number;
  /** Realtime instances of the scaled-out app side (1: no such side). */
  realtimeInstances: number;
  /** Folder for V8 CPU profiles of the app side. */
  cpuProf: string | undefined;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function gpsPath(context: PathContext, options: GpsPathOptions): Promise<HotPath> {
  const secret = randomBytes(32).toString("base64url");
  const fleet = await createFleet(context.databaseUrl, secret, options.drivers, options.watchers, randomBytes(3).toString("hex"));
  const env = { ...process.env, DATABASE_URL: context.databaseUrl, REDIS_URL: context.redisUrl, NEXTAUTH_SECRET: secret, LOG_LEVEL: "error", NODE_ENV: "production" as const };
  await ensureBuild();
  // Both sides run compiled, as production runs the app.
  const scripts: Record<string, { args: string[]; portVar: string; profile: boolean }> = {
    app: { args: compiledArgs("realtime"), portVar: "REALTIME_PORT", profile: true },
    raw: { args: baselineArgs("gps-server"), portVar: "BASELINE_PORT", profile: false },
  };
  const scaled = `app×${options.realtimeInstances}`;
  const instancesOf = (side: string) => (side === scaled ? options.realtimeInstances : 1);
  return {
    name: "gps ingest",
    unit: "point",
    sides: ["app", "raw", ...(options.realtimeInstances > 1 ? [scaled] : [])],
    pairs: options.realtimeInstances > 1 ? [[scaled, "app"]] : [],
    async start(side, port) {
      const { args, portVar, profile } = scripts[side === scaled ? "app" : side]!;
      const flags = profile && options.cpuProf ? ["--cpu-prof", `--cpu-prof-dir=${options.cpuProf}`] : [];
      return startInstances(instancesOf(side), [...flags, ...args], env, portVar, port);
    },
    async load({ url, urls }) {
      const load = await startGpsLoad({ urls: urls ?? [url], fleet, intervalMs: options.intervalMs, processes: options.processes, connectRate: options.connectRate });
      load.send();
      await sleep(options.warmupSeconds * 1000);
      return {
        pids: load.pids,
        async measure(seconds) {
          const r = await load.measure(seconds);
          return {
            perSecond: r.acceptedPerSecond,
            ops: r.acceptedPerSecond * seconds,
            p50: r.ackMs.p50,
            p99: r.ackMs.p99,
            extra: {
              connected: r.connected,
              "offered/s": r.offeredPerSecond,
              "refused/s": Math.round(Object.values(r.refused).reduce((a, n) => a + n, 0) / seconds),
              "→customer P50": r.ingestToCustomerMs.p50,
              "→customer P99": r.ingestToCustomerMs.p99,
              "unanswered at end": r.pendingAtEnd,
            },
          };
        },
        stop: load.stop,
      };
    },
  };
}
