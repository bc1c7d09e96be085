// GPS ingest in `npm run bench -- compare`: the realtime server (server/realtime/index.ts)
// against the raw baseline (bench/baselines/gps-server.ts), both driven by the same fleet of
// driver and watcher sockets (bench/gps-load.ts). One operation is one accepted point.
// With realtimeInstances > 1, a further app side runs that many instances on one Redis: driver i
// on instance i mod N and its watcher on the next, so every position crosses the Socket.IO
// adapter; its total CPU per point against one instance's is issue 12's scaling rule (≤ 15 %).
// The raw baseline runs at N instances too (raw×N, same placement): its growth is the rule's floor.
// With several adapters (--adapters sharded,classic), each has its own one- and N-instance sides.
import { baselineArgs, ensureBuild, startInstances } from "./start-process";
import { compiledArgs } from "../server/start/server-entries";
import { randomBytes } from "node:crypto";
import { createFleet, startGpsLoad } from "./gps-load";
import type { HotPath, PathContext } from "./compare";
import type { SocketAdapterKind } from "@/lib/realtime/socket-adapters";

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
  /** The realtime servers' Socket.IO adapters (SOCKET_ADAPTER): one app side (and scaled-out side) each. */
  adapters: SocketAdapterKind[];
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
  const appArgs = compiledArgs("realtime");
  // One adapter: sides app, raw, app×N. Several: app <adapter> and app×N <adapter> each.
  const label = (adapter: SocketAdapterKind) => (options.adapters.length > 1 ? ` ${adapter}` : "");
  const appSides = options.adapters.map((adapter) => ({ adapter, one: `app${label(adapter)}`, scaled: `app×${options.realtimeInstances}${label(adapter)}` }));
  const scaledOut = options.realtimeInstances > 1;
  const rawScaled = `raw×${options.realtimeInstances}`;
  const sides = [...appSides.flatMap(({ one, scaled }, i) => [one, ...(i === 0 ? ["raw"] : []), ...(scaledOut ? [scaled] : [])]), ...(scaledOut ? [rawScaled] : [])];
  // The raw baseline's own growth from 1 to N instances: the floor of issue 12's rule here.
  const pairs = scaledOut ? [...appSides.map(({ one, scaled }): [string, string] => [scaled, one]), [rawScaled, "raw"] as [string, string]] : [];
  // The adapters against each other where they differ most: N instances.
  if (scaledOut && appSides.length > 1) pairs.push(...appSides.slice(1).map(({ scaled }): [string, string] => [appSides[0]!.scaled, scaled]));
  return {
    name: "gps ingest",
    unit: "point",
    sides,
    pairs,
    async start(side, port) {
      if (side === "raw" || side === rawScaled) return startInstances(side === "raw" ? 1 : options.realtimeInstances, baselineArgs("gps-server"), env, "BASELINE_PORT", port);
      const app = appSides.find(({ one, scaled }) => side === one || side === scaled)!;
      const flags = options.cpuProf ? ["--cpu-prof", `--cpu-prof-dir=${options.cpuProf}`] : [];
      return startInstances(side === app.scaled ? options.realtimeInstances : 1, [...flags, ...appArgs], { ...env, SOCKET_ADAPTER: app.adapter }, "REALTIME_PORT", port);
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
