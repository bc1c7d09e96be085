// `npm start` (and `npm run dev` with --dev): everything a newcomer needs, in one command.
// 1. the database: DATABASE_URL, or an embedded PostgreSQL kept in .data/postgres;
// 2. migrations (offline) and, on a fresh demo database, the demo seed;
// 3. a production build when the sources changed since the last one (not with --dev): Next.js's,
//    and the standalone processes compiled by esbuild (./start/server-build.ts);
// 4. three processes: Next.js (server/web.ts), server/realtime and server/worker, each restarted with a
//    backoff when it exits on its own (./start/supervise.ts); Ctrl-C or SIGTERM stops them all.
import fs from "node:fs";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { applyMigrations } from "@/lib/db/migrations";
import { openDatabase, DATA_DIR } from "@/lib/db/open-database";
import { createLogger } from "@/lib/logger";
import { exitOnUnhandled } from "@/lib/process/exit-on-unhandled";
import { stopOnSignals, supervise, type Supervised } from "./start/supervise";
import { ensureAuthSecret } from "./start/auth-secret";
import { buildIsStale } from "./start/build-freshness";
import { buildServer, compiledArgs, SERVER_ENTRIES, serverBuildIsStale, type ServerEntry } from "./start/server-build";
import { printWelcome } from "./start/welcome";
import { demoWanted, seedDemoIfWanted } from "./start/seed-demo-if-wanted";

const log = createLogger("start");
exitOnUnhandled(log);
const dev = process.argv.includes("--dev");
if (fs.existsSync(".env")) process.loadEnvFile(".env");

const port = Number(process.env.PORT ?? 3000);
const realtimePort = Number(process.env.REALTIME_PORT ?? 3001);
let build: ChildProcess | null = null;
const supervised: Supervised[] = [];
let stopping = false;

const db = await openDatabase((message) => log.debug("postgres", { message: message.trim() }));
const stop = async (code: number) => {
  if (stopping) return;
  stopping = true;
  build?.kill("SIGTERM");
  await Promise.all(supervised.map((child) => child.stop()));
  await db.close();
  process.exit(code);
};
stopOnSignals(stop);

try {
  const applied = await applyMigrations(db.url);
  if (applied.length) log.info("migrations applied", { applied });
  await seedDemoIfWanted(db.url, !!db.embedded, log);
} catch (error) {
  log.error("database setup failed", { error });
  await stop(1);
}

// Next to the web and realtime ports by default, so side-by-side stacks (tests) do not collide.
const partnerFeedPort = process.env.PARTNER_FEED_PORT ?? String(port + 2);
const simulatedFeedUrl = `http://127.0.0.1:${partnerFeedPort}`;
const childEnv: NodeJS.ProcessEnv = {
  // Opt out of Next.js telemetry unless the user decided otherwise (it phones home).
  NEXT_TELEMETRY_DISABLED: "1",
  ...process.env,
  NODE_ENV: dev ? "development" : "production",
  DATABASE_URL: db.url,
  NEXTAUTH_SECRET: ensureAuthSecret(DATA_DIR),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  PORT: String(port),
  REALTIME_PORT: String(realtimePort),
  SHOW_DEMO_LOGINS: demoWanted(!!db.embedded) ? "true" : process.env.SHOW_DEMO_LOGINS,
  PARTNER_FEED_URL: process.env.PARTNER_FEED_URL || simulatedFeedUrl,
  PARTNER_FEED_PORT: partnerFeedPort,
};

const bin = (name: string) => path.join("node_modules", ".bin", name);
if (!dev && buildIsStale()) {
  log.info("building the web app (next build)…");
  const code = await new Promise<number>((resolve) => {
    build = spawn(bin("next"), ["build"], { stdio: "inherit", env: { ...childEnv, NODE_ENV: "production" } });
    build.once("exit", (c) => resolve(c ?? 1));
  });
  build = null;
  if (code !== 0) await stop(code);
}
if (!dev && serverBuildIsStale()) {
  log.info("compiling the server processes (esbuild)…");
  await buildServer().catch(async (error: unknown) => {
    log.error("compiling the server processes failed", { error });
    await stop(1);
  });
}

function run(name: string, command: string, args: string[]) {
  if (stopping) return;
  supervised.push(supervise({ name, command, args, env: childEnv }, log));
}

// Each process is node itself: in production its compiled bundle, in development the source
// through tsx's loader (`tsx watch` for the ones that reload). Not the tsx command: it runs the
// script in a child of its own, which a SIGKILL of the command (a child that would not stop
// within its grace) leaves running.
const node = (name: ServerEntry, ...args: string[]): [string, string[]] => [
  process.execPath,
  dev ? ["--import", "tsx", SERVER_ENTRIES[name], ...args] : [...compiledArgs(name), ...args],
];
const watched = (name: ServerEntry): [string, string[]] => (dev ? [bin("tsx"), ["watch", SERVER_ENTRIES[name]]] : node(name));
// Next.js inside our own HTTP server (server/web.ts): it sees the connection (client address, TLS).
run("web", ...node("web", ...(dev ? ["--dev"] : [])));
run("realtime", ...watched("realtime"));
run("worker", ...watched("worker"));
// The demo's partner marketplaces (ubereats-sim, deliveroo-sim) answer from the simulated
// feed, unless PARTNER_FEED_URL points at another one.
if (childEnv.PARTNER_FEED_URL === simulatedFeedUrl) run("partner-feed", ...node("partner-feed"));
printWelcome({ port, realtimePort, embedded: !!db.embedded, redis: process.env.REDIS_SENTINELS ? "REDIS_SENTINELS" : process.env.REDIS_URL ? "REDIS_URL" : null });
