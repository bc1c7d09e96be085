import { afterEach, describe, expect, it, vi } from "vitest";
import { isDatabaseUnavailable } from "@/lib/db/database-unavailable";
import type { Logger } from "@/lib/logger";
import { exitOnUnhandled } from "@/lib/process/exit-on-unhandled";

const log = { warn: vi.fn(), error: vi.fn() } as unknown as Logger;

/** Installs the handlers and hands back the rejection handler (called directly: emitting it would reach the test runner's own). */
function install() {
  const before = new Set([...process.listeners("unhandledRejection"), ...process.listeners("uncaughtException")]);
  exitOnUnhandled(log, { survivable: isDatabaseUnavailable });
  const added = [...process.listeners("unhandledRejection"), ...process.listeners("uncaughtException")].filter((l) => !before.has(l));
  for (const listener of added) {
    process.off("unhandledRejection", listener as NodeJS.UnhandledRejectionListener);
    process.off("uncaughtException", listener as NodeJS.UncaughtExceptionListener);
  }
  return added[0] as (reason: unknown) => void;
}

afterEach(() => vi.restoreAllMocks());

describe("exitOnUnhandled", () => {
  it("carries on after a survivable rejection: pg-boss's unawaited write failing while PostgreSQL restarts", () => {
    const exit = vi.spyOn(process, "exit").mockImplementation(() => undefined as never);
    const onRejection = install();
    // What pg-boss's Manager.fail rejected with, through PgBouncer, during the restart.
    onRejection(Object.assign(new Error("server login has been failing, try again later (server_login_retry)"), { code: "08P01" }));
    expect(exit).not.toHaveBeenCalled();
    onRejection(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }));
    expect(exit).not.toHaveBeenCalled();
  });

  it("exits on any other rejection", () => {
    const exit = vi.spyOn(process, "exit").mockImplementation(() => undefined as never);
    install()(new TypeError("Cannot read properties of undefined"));
    expect(exit).toHaveBeenCalledWith(1);
  });
});
