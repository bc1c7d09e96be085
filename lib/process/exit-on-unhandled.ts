// A promise rejection nobody handled, or an exception nobody caught, leaves a process in a
// state nobody designed for. Log it and exit: the supervisor (the launcher, or systemd and
// Kubernetes in production) starts a clean process. Installed first thing by every process.
import type { Logger } from "@/lib/logger";

export function exitOnUnhandled(log: Logger) {
  process.on("unhandledRejection", (reason) => {
    log.error("unhandled promise rejection; exiting so the supervisor restarts this process", { error: reason });
    process.exit(1);
  });
  process.on("uncaughtException", (error) => {
    log.error("uncaught exception; exiting so the supervisor restarts this process", { error });
    process.exit(1);
  });
}
