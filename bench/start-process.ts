// What a bench starts for one run: a process, and how to stop it (SIGTERM, then SIGKILL after
// 10 s, because the next run needs its port); and the production build its app side runs on:
// Next.js's and the compiled server processes, run as `npm start` runs them.
import { spawn, type ChildProcess } from "node:child_process";
import { waitForHealth } from "./gps-load";
import { buildIsStale } from "../server/start/build-freshness";
import path from "node:path";
import { buildServer, compileEntries, serverBuildIsStale } from "../server/start/server-build";
import { SERVER_BUILD_DIR } from "../server/start/server-entries";

const BASELINES = ["gps-server", "menu-server", "order-server", "order-event-server"] as const;

/** `node` arguments for a raw baseline, compiled like the app's processes (ensureBuild makes it). */
export const baselineArgs = (name: (typeof BASELINES)[number]) => ["--enable-source-maps", path.join(SERVER_BUILD_DIR, "baselines", `${name}.mjs`)];

export function startProcess(command: string, args: string[], env: NodeJS.ProcessEnv): { child: ChildProcess; stop: () => Promise<void> } {
  const child = spawn(command, args, { stdio: ["ignore", "inherit", "inherit"], env });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
    });
  return { child, stop };
}

/**
 * `count` instances of one server on consecutive ports from `port` (its port in `portVar`),
 * each healthy at /health before this returns; all stopped if one does not come up.
 */
export async function startInstances(count: number, args: string[], env: NodeJS.ProcessEnv, portVar: string, port: number) {
  const instances = Array.from({ length: count }, (_, i) => ({
    ...startProcess(process.execPath, args, { ...env, [portVar]: String(port + i) }),
    url: `http://127.0.0.1:${port + i}`,
  }));
  const stop = async () => void (await Promise.all(instances.map((instance) => instance.stop())));
  try {
    await Promise.all(instances.map(({ url, child }) => waitForHealth(`${url}/health`, child, Date.now() + 120_000)));
  } catch (error) {
    await stop();
    throw error;
  }
  const pids = instances.map(({ child }) => child.pid!);
  return { pid: pids[0]!, pids, url: instances[0]!.url, urls: instances.map(({ url }) => url), stop };
}

/** A production build for a bench's app side, made when the sources changed since the last one. */
export async function ensureBuild() {
  if (serverBuildIsStale()) {
    console.log("compiling the server processes (esbuild)…");
    await buildServer();
  }
  await compileEntries(Object.fromEntries(BASELINES.map((name) => [`baselines/${name}`, `bench/baselines/${name}.ts`])));
  if (!buildIsStale()) return;
  console.log("building the web app (next build; the sources changed since the last build)…");
  const code = await new Promise<number>((resolve) => {
    const build = spawn("node_modules/.bin/next", ["build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" } });
    build.once("exit", (c) => resolve(c ?? 1));
  });
  if (code !== 0) throw new Error(`next build exited with ${code}`);
}
