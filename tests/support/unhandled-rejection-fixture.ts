// A process that installs exitOnUnhandled and then leaves a rejection unhandled
// (tests/unit/supervise.test.ts): it must log the error and exit 1.
import { createLogger } from "@/lib/logger";
import { exitOnUnhandled } from "@/lib/process/exit-on-unhandled";

exitOnUnhandled(createLogger("probe"));
setInterval(() => {}, 1000); // would keep running without the handler's exit
void Promise.reject(new Error("nobody handles this"));
