// Preloaded by `npm run bench -- ordering --cpu-prof <dir>` through NODE_OPTIONS (where node
// refuses --cpu-prof itself): profiles each process the launcher supervises (SERVICE_NAME set)
// from its start and writes <dir>/<name>-<pid>.cpuprofile when it exits, as --cpu-prof would.
import { Session } from "node:inspector";
import { writeFileSync } from "node:fs";
import path from "node:path";

const name = process.env.SERVICE_NAME;
const dir = process.env.CPU_PROFILE_DIR;
if (name && dir) {
  const session = new Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.start");
  // The in-process session answers synchronously, so an exit handler can still collect it.
  process.once("exit", () =>
    session.post("Profiler.stop", (error, result) => {
      if (!error) writeFileSync(path.join(dir, `${name}-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    }),
  );
}
