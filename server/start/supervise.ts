// The launcher's supervisor: a child that exits on its own (a crash, an unhandled rejection)
// is started again after a backoff that doubles with each quick failure (capped) and resets
// once a run lasted long enough; only `stop` (Ctrl-C / SIGTERM) ends them for good.
import { spawn, type ChildProcess } from "node:child_process";
import type { Logger } from "@/lib/logger";

export interface ChildSpec {
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
}

export interface Backoff {
  /** Delay before the first restart; doubled for each further quick failure. */
  initialMs: number;
  maxMs: number;
  /** A run at least this long counts as healthy: the next failure starts from initialMs again. */
  healthyAfterMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { initialMs: 500, maxMs: 30_000, healthyAfterMs: 60_000 };

/** Delay before restart number `attempt` (0-based). */
export const restartDelay = (attempt: number, backoff: Backoff) => Math.min(backoff.maxMs, backoff.initialMs * 2 ** attempt);

export interface Supervised {
  /** SIGTERM the child (SIGKILL after `graceMs`) and never restart it; resolves once it exited. */
  stop(graceMs?: number): Promise<void>;
}

export function supervise(spec: ChildSpec, log: Logger, backoff: Backoff = DEFAULT_BACKOFF): Supervised {
  let child: ChildProcess | null = null;
  let stopped = false;
  let attempt = 0;
  let restartTimer: NodeJS.Timeout | undefined;

  const start = () => {
    const startedAt = Date.now();
    const current = spawn(spec.command, spec.args, { stdio: "inherit", env: { ...spec.env, SERVICE_NAME: spec.name } });
    child = current;
    current.once("error", (error) => log.error(`${spec.name} could not start`, { error }));
    current.once("exit", (code, signal) => {
      if (stopped) return;
      if (Date.now() - startedAt >= backoff.healthyAfterMs) attempt = 0;
      const delayMs = restartDelay(attempt++, backoff);
      log.error(`${spec.name} exited; restarting`, { code, signal, restart: attempt, inMs: delayMs });
      restartTimer = setTimeout(start, delayMs);
    });
  };
  start();

  return {
    stop(graceMs) {
      stopped = true;
      clearTimeout(restartTimer);
      return stopChild(child, graceMs);
    },
  };
}

/** A child run once to its end (the launcher's preparation): its exit code, never restarted. */
export function runOnce(spec: ChildSpec): Supervised & { exited: Promise<number> } {
  const child = spawn(spec.command, spec.args, { stdio: "inherit", env: { ...spec.env, SERVICE_NAME: spec.name } });
  const exited = new Promise<number>((resolve) => {
    child.once("error", () => resolve(1));
    child.once("exit", (code) => resolve(code ?? 1));
  });
  return { exited, stop: (graceMs) => stopChild(child, graceMs) };
}

function stopChild(current: ChildProcess | null, graceMs = 10_000): Promise<void> {
  if (!current || current.exitCode !== null || current.signalCode !== null) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const kill = setTimeout(() => current.kill("SIGKILL"), graceMs);
    current.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    current.kill("SIGTERM");
  });
}

/** Ctrl-C or SIGTERM: the one way to stop everything (`stop` runs once). */
export function stopOnSignals(stop: (code: number) => Promise<void>) {
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void stop(0));
}
