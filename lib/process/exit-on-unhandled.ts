// A promise rejection nobody handled, or an exception nobody caught, leaves a process in a
// state nobody designed for. Log it and exit: the supervisor (the launcher, or systemd and
// Kubernetes in production) starts a clean process. Installed first thing by every process.
import type { Logger } from "@/lib/logger";

export interface UnhandledOptions {
  /** Rejections known to leave the process sound: logged as a warning, and it carries on (the caller says why). */
  survivable?: (reason: unknown) => boolean;
}

export function exitOnUnhandled(log: Logger, { survivable = () => false }: UnhandledOptions = {}) {
  process.on("unhandledRejection", (reason) => {
    if (survivable(reason)) {
      log.warn("unhandled promise rejection, known to be harmless; carrying on", { error: reason });
      return;
    }
    log.error("unhandled promise rejection; exiting so the supervisor restarts this process", { error: reason });
    process.exit(1);
  });
  process.on("uncaughtException", (error) => {
    log.error("uncaught exception; exiting so the supervisor restarts this process", { error });
    process.exit(1);
  });
}
