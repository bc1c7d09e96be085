// A launcher in miniature for tests/unit/supervise.test.ts: the real supervisor and signal
// handling of server/start.ts over two children, one that keeps running and one that
// crashes at once. Each child leaves a file named after its pid in the folder given.
import { createLogger } from "@/lib/logger";
import { stopOnSignals, supervise } from "@/server/start/supervise";

const dir = process.argv[2]!;
const log = createLogger("supervisor-fixture");
const child = (name: string, then: string) => ({
  name,
  command: process.execPath,
  args: ["-e", `require("fs").writeFileSync(${JSON.stringify(dir)} + "/${name}-" + process.pid, ""); ${then}`],
  env: process.env,
});
const backoff = { initialMs: 50, maxMs: 200, healthyAfterMs: 60_000 };
const children = [supervise(child("sleeper", "setInterval(() => {}, 1000)"), log, backoff), supervise(child("crasher", "process.exit(1)"), log, backoff)];
stopOnSignals(async (code) => {
  await Promise.all(children.map((c) => c.stop()));
  process.exit(code);
});
