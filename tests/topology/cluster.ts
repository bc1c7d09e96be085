// The loopback cluster's pieces, as the topology tests see them: ports (deploy/*), pid files
// (.data/cluster/run), and ways to kill and bring back one piece.
import { execFile, execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { Redis } from "ioredis";

export const ROOT = process.env.CLUSTER_ROOT!;
export const STATE = path.join(ROOT, ".data/cluster");
export const PROXY = "http://127.0.0.1:4400";
export const WEB_PORTS = [4410, 4411];
export const REALTIME_PORTS = [4420, 4421];
export const SENTINEL_PORTS = [55421, 55422, 55423];
export const REDIS_PORTS: Record<number, string> = { 55411: "redis-primary", 55412: "redis-replica" };

/** The app's processes (scripts/cluster/start.sh names their pid files so). */
export const APP_PROCESSES = ["web-1", "web-2", "realtime-1", "realtime-2", "worker-1", "worker-2"];

export const pidOf = (name: string) => Number(fs.readFileSync(path.join(STATE, "run", `${name}.pid`), "utf8").trim());

export function kill(name: string, signal: NodeJS.Signals = "SIGKILL") {
  process.kill(pidOf(name), signal);
}

/** Whether the process of that pid file still runs (signal 0 only checks). */
export function isRunning(name: string): boolean {
  try {
    process.kill(pidOf(name), 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs bash with scripts/cluster/common.sh loaded (as_pg, $PG_BIN, $STATE), without blocking
 * the test's event loop: clients keep running while, say, PostgreSQL restarts.
 */
export async function clusterShell(command: string): Promise<string> {
  const { stdout } = await promisify(execFile)("bash", ["-c", `source scripts/cluster/common.sh && ${command}`], { cwd: ROOT, timeout: 120_000 });
  return stdout;
}

/** Starts whatever is down again (scripts/cluster/start.sh is idempotent) and waits until all is healthy. */
export function restoreCluster() {
  execFileSync("bash", [path.join(ROOT, "scripts/cluster/start.sh")], { cwd: ROOT, stdio: "inherit", timeout: 600_000 });
}

/** The primary the Sentinels name now ("127.0.0.1:55411"), asking the first that answers. */
export async function sentinelPrimary(): Promise<string | null> {
  for (const port of SENTINEL_PORTS) {
    const sentinel = new Redis({ port, host: "127.0.0.1", lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0, retryStrategy: () => null });
    try {
      await sentinel.connect();
      const [host, p] = (await sentinel.call("SENTINEL", "get-master-addr-by-name", "swifteats")) as [string, string];
      return `${host}:${p}`;
    } catch {
      // Next one.
    } finally {
      sentinel.disconnect();
    }
  }
  return null;
}

export async function httpStatus(url: string): Promise<number> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(3000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `condition` every `everyMs` until it is true; returns the ms it took, or throws after `timeoutMs`. */
export async function timeUntil(condition: () => Promise<boolean>, timeoutMs: number, everyMs = 250): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (await condition().catch(() => false)) return Date.now() - start;
    await sleep(everyMs);
  }
  throw new Error(`not within ${timeoutMs} ms`);
}
