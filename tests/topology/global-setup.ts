// Brings the loopback cluster up (scripts/cluster/start.sh is idempotent: pieces already up
// are kept). A cluster this setup started is stopped
// at the end; one that was already up is left as it was.
import { execFileSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const script = (name: string, ...args: string[]) =>
  execFileSync("bash", [path.join(root, "scripts/cluster", name), ...args], { cwd: root, stdio: "inherit", timeout: 900_000 });

export default function setup() {
  let wasUp = true;
  try {
    execFileSync("bash", [path.join(root, "scripts/cluster/status.sh")], { cwd: root, stdio: "ignore" });
  } catch {
    wasUp = false;
  }
  // Also repairs a cluster an interrupted run left with pieces down.
  script("start.sh");
  return () => {
    if (!wasUp) script("stop.sh");
  };
}
