import fs from "node:fs";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "messages", "public", "types", "next.config.ts", "package-lock.json", "prisma/schema.prisma"];
const SKIP = new Set(["node_modules", "generated", ".next", process.env.NEXT_DIST_DIR || ".next"]);

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) {
    if (!SKIP.has(child)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

/** True when `stamp` (a file the build writes last) is missing or a source changed after it. */
export function staleSince(stamp: string, sources: readonly string[]): boolean {
  if (!fs.existsSync(stamp)) return true;
  const builtAt = fs.statSync(stamp).mtimeMs;
  return sources.some((s) => newestMtime(s) > builtAt);
}

/** True when there is no production build or a source file changed after it was made. */
export function buildIsStale(): boolean {
  return staleSince(path.join(process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"), SOURCES);
}
