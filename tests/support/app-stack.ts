// Starts the whole product the way `npm start` does (server/launch.mjs: build when stale,
// web + realtime + worker) on a database created for the run and seeded with the demo;
// `stop` tears it all down. DATABASE_URL's server when set, else an embedded PostgreSQL;
// with REDIS_URL, a Redis database of the run's own (support/redis-database.ts).
// Used by the Playwright global setup and by the benchmarks.
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { spawn } from "node:child_process";
import { dropDatabase, ensureDatabase, withDatabase } from "@/lib/db/admin";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { claimRedisDatabase } from "./redis-database";

async function waitForHealth(url: string, deadline: number, isAlive: () => boolean) {
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error("the app exited before it became healthy");
    try {
      const res = await fetch(url);
      const body = (await res.json()) as { status: string };
      if (body.status === "ok") return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${url} did not report ok in time`);
}

export interface AppStack {
  baseUrl: string;
  databaseUrl: string;
  /** The run's own Redis database, when REDIS_URL is set. */
  redisUrl?: string;
  /** The launcher's pid (web, realtime and worker are its children). */
  pid: number;
  stop: () => Promise<void>;
}

export async function startAppStack({ port, name, env = {} }: { port: number; name: string; env?: Record<string, string> }): Promise<AppStack> {
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({
        dataDir: path.join(os.tmpdir(), `swifteats-${name}-pg-${randomBytes(4).toString("hex")}`),
        port: 56000 + Math.floor(Math.random() * 4000),
        persistent: false,
      });
  const server = process.env.DATABASE_URL ?? embedded!.url("postgres");
  const databaseUrl = withDatabase(server, `swifteats_${name}_${Date.now()}_${randomBytes(3).toString("hex")}`);
  await ensureDatabase(databaseUrl);
  const redis = process.env.REDIS_URL ? await claimRedisDatabase(process.env.REDIS_URL) : null;

  // As `npm start` runs it, without npm in between (a kill of npm would not reach the launcher).
  const app = spawn(process.execPath, ["server/launch.mjs"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      SEED_DEMO: "true",
      PORT: String(port),
      REALTIME_PORT: String(port + 1),
      NEXTAUTH_URL: `http://localhost:${port}`,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString("base64url"),
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
      ...(redis && { REDIS_URL: redis.url }),
      ...env,
    },
  });
  const exited = new Promise<void>((resolve) => app.once("exit", () => resolve()));
  const stop = async () => {
    // The launcher stops its processes (each SIGKILLed after a grace) before it exits.
    app.kill("SIGTERM");
    await exited;
    await dropDatabase(databaseUrl).catch(() => undefined);
    await redis?.release().catch(() => undefined);
    await embedded?.stop();
  };

  try {
    // A first run builds the app: allow for `next build` on two cores.
    await waitForHealth(`http://localhost:${port}/api/health`, Date.now() + 15 * 60_000, () => app.exitCode === null);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl: `http://localhost:${port}`, databaseUrl, redisUrl: redis?.url, pid: app.pid!, stop };
}
