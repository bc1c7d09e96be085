// The launcher's supervisor with real child processes: a crashing child comes back after a
// growing backoff, and a signal stops every child for good.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import type { Logger } from "@/lib/logger";
import { restartDelay, supervise } from "@/server/start/supervise";

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "supervise-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A logger that keeps what it was told. */
function recordingLogger() {
  const lines: { msg: string; fields?: Record<string, unknown> }[] = [];
  const keep = (msg: string, fields?: Record<string, unknown>) => void lines.push({ msg, fields });
  const log: Logger = { debug: keep, info: keep, warn: keep, error: keep };
  return { log, lines };
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("restartDelay", () => {
  it("doubles from the initial delay and stops at the cap", () => {
    const backoff = { initialMs: 500, maxMs: 30_000, healthyAfterMs: 60_000 };
    expect([0, 1, 2, 3, 5, 6, 20].map((n) => restartDelay(n, backoff))).toEqual([500, 1000, 2000, 4000, 16_000, 30_000, 30_000]);
  });
});

describe("supervise", () => {
  it("restarts a child that keeps crashing, each time after a longer wait, until stopped", async () => {
    const dir = tempDir();
    const starts = path.join(dir, "starts");
    const { log, lines } = recordingLogger();
    const crasher = supervise(
      {
        name: "crasher",
        command: process.execPath,
        args: ["-e", `require("fs").appendFileSync(${JSON.stringify(starts)}, Date.now() + "\\n"); process.exit(3)`],
        env: process.env,
      },
      log,
      { initialMs: 100, maxMs: 400, healthyAfterMs: 60_000 },
    );
    const startTimes = () => (fs.existsSync(starts) ? fs.readFileSync(starts, "utf8").trim().split("\n").map(Number) : []);
    await expect.poll(() => startTimes().length, { timeout: 20_000, interval: 50 }).toBeGreaterThanOrEqual(5);
    await crasher.stop();

    const restarts = lines.filter((l) => l.msg === "crasher exited; restarting").slice(0, 4);
    expect(restarts.map((l) => l.fields)).toEqual([1, 2, 3, 4].map((n, i) => ({ code: 3, signal: null, restart: n, inMs: [100, 200, 400, 400][i] })));
    // Each start came at least its backoff after the one before (timers never fire early).
    const times = startTimes();
    for (const [i, wait] of [100, 200, 400, 400].entries()) expect(times[i + 1]! - times[i]!).toBeGreaterThanOrEqual(wait);

    // Stopped means stopped: no start after stop returned.
    const count = times.length;
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(startTimes().length).toBe(count);
  }, 30_000);

  it("stops every child, and restarts none, when the launcher gets SIGTERM", async () => {
    const dir = tempDir();
    const launcher = spawn("node_modules/.bin/tsx", ["tests/support/supervisor-fixture.ts", dir], { stdio: "ignore" });
    const exited = new Promise<number | null>((resolve) => launcher.once("exit", (code) => resolve(code)));
    const pids = (name: string) => fs.readdirSync(dir).filter((f) => f.startsWith(`${name}-`)).map((f) => Number(f.slice(name.length + 1)));
    // The crasher has been restarted at least twice, and the sleeper runs.
    await expect.poll(() => pids("crasher").length, { timeout: 30_000, interval: 100 }).toBeGreaterThanOrEqual(3);
    expect(pids("sleeper")).toHaveLength(1);
    expect(isAlive(pids("sleeper")[0]!)).toBe(true);

    launcher.kill("SIGTERM");
    expect(await exited).toBe(0);
    for (const pid of [...pids("sleeper"), ...pids("crasher")]) expect(isAlive(pid), `pid ${pid}`).toBe(false);
    expect(pids("sleeper")).toHaveLength(1);
  }, 60_000);
});

describe("exitOnUnhandled", () => {
  it("logs an unhandled rejection and exits 1, so the supervisor restarts the process", async () => {
    const child = spawn("node_modules/.bin/tsx", ["tests/support/unhandled-rejection-fixture.ts"], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exitCode = await new Promise<number | null>((resolve) => child.once("exit", (c) => resolve(c)));
    expect(exitCode).toBe(1);
    const line = JSON.parse(stderr.trim().split("\n").at(-1)!) as Record<string, unknown>;
    expect(line).toMatchObject({ level: "error", service: "probe", error: { message: "nobody handles this" } });
  }, 30_000);
});
