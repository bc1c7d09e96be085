// The launcher's one-shot work, in a process of its own that exits when done (server/start.ts
// runs it with tsx): migrations, the demo seed on a fresh demo database, and the production
// builds when the sources changed (not with --dev). Prisma, the schema engine, the seed and
// esbuild are loaded here, so they leave memory with this process instead of staying in the
// launcher for as long as the stack runs. Args: [--dev] [--embedded]; DATABASE_URL is set.
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { applyMigrations } from "@/lib/db/migrations";
import { createLogger } from "@/lib/logger";
import { exitOnUnhandled } from "@/lib/process/exit-on-unhandled";
import { buildIsStale } from "./build-freshness";
import { buildServer, serverBuildIsStale } from "./server-build";
import { seedDemoIfWanted } from "./seed-demo-if-wanted";

const log = createLogger("start");
exitOnUnhandled(log);
const dev = process.argv.includes("--dev");
const embedded = process.argv.includes("--embedded");
let build: ChildProcess | null = null;

// The launcher stops this process with SIGTERM (Ctrl-C reaches it as SIGINT too): a running
// `next build` goes first, so nothing of the preparation outlives the stack.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    if (!build) process.exit(1);
    build.once("exit", () => process.exit(1));
    build.kill("SIGTERM");
  });
}

try {
  const url = process.env.DATABASE_URL!;
  const applied = await applyMigrations(url);
  if (applied.length) log.info("migrations applied", { applied });
  await seedDemoIfWanted(url, embedded, log);
} catch (error) {
  log.error("database setup failed", { error });
  process.exit(1);
}

if (!dev && buildIsStale()) {
  log.info("building the web app (next build)…");
  const code = await new Promise<number>((resolve) => {
    build = spawn(path.join("node_modules", ".bin", "next"), ["build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
    build.once("exit", (c) => resolve(c ?? 1));
  });
  build = null;
  if (code !== 0) process.exit(code);
}
if (!dev && serverBuildIsStale()) {
  log.info("compiling the server processes (esbuild)…");
  await buildServer().catch((error: unknown) => {
    log.error("compiling the server processes failed", { error });
    process.exit(1);
  });
}
// Prisma's pool and esbuild's service would keep the process alive: the work is done.
process.exit(0);
