// What a bench starts for one run: a process, and how to stop it (SIGTERM, then SIGKILL after
// 10 s, because the next run needs its port); and the production build its app side runs on.
import { spawn, type ChildProcess } from "node:child_process";
import { buildIsStale } from "../server/start/build-freshness";

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

/** A production build of the web app for a bench's app side, made when the sources changed since the last one. */
export async function ensureBuild() {
  if (!buildIsStale()) return;
  console.log("building the web app (next build; the sources changed since the last build)…");
  const code = await new Promise<number>((resolve) => {
    const build = spawn("node_modules/.bin/next", ["build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" } });
    build.once("exit", (c) => resolve(c ?? 1));
  });
  if (code !== 0) throw new Error(`next build exited with ${code}`);
}
