// `npm start` (and `npm run dev` with --dev): everything a newcomer needs, in one command.
// 1. the database: DATABASE_URL, or an embedded PostgreSQL kept in .data/postgres, owned by
//    this process for as long as it runs;
// 2. migrations, the demo seed on a fresh demo database, and a production build when the
//    sources changed since the last one (not with --dev): one child that exits when done
//    (./start/prepare.ts), so Prisma, the seed and the compilers do not stay in memory here;
// 3. three processes: Next.js (server/web.ts), server/realtime and server/worker, each restarted with a
//    backoff when it exits on its own (./start/supervise.ts); Ctrl-C or SIGTERM stops them all.
// This launcher stays resident: server/launch.mjs compiles it and plain node runs it, and it
// imports nothing heavy (no tsx, no Prisma; the embedded server's driver is all it carries).
import fs from "node:fs";
import path from "node:path";
import { openDatabase, DATA_DIR } from "@/lib/db/open-database";
import { createLogger } from "@/lib/logger";
import { exitOnUnhandled } from "@/lib/process/exit-on-unhandled";
import { runOnce, stopOnSignals, supervise, type Supervised } from "./start/supervise";
import { ensureAuthSecret } from "./start/auth-secret";
import { demoWanted } from "./start/demo-wanted";
import { compiledArgs, SERVER_ENTRIES, type ServerEntry } from "./start/server-entries";
import { printWelcome } from "./start/welcome";

const log = createLogger("start");
exitOnUnhandled(log);
const dev = process.argv.includes("--dev");
if (fs.existsSync(".env")) process.loadEnvFile(".env");

const port = Number(process.env.PORT ?? 3000);
const realtimePort = Number(process.env.REALTIME_PORT ?? 3001);
let preparing: Supervised | null = null;
const supervised: Supervised[] = [];
let stopping = false;

const db = await openDatabase((message) => log.debug("postgres", { message: message.trim() }));
const stop = async (code: number) => {
  if (stopping) return;
  stopping = true;
  await preparing?.stop();
  await Promise.all(supervised.map((child) => child.stop()));
  await db.close();
  process.exit(code);
};
stopOnSignals(stop);

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

const preparation = runOnce({
  name: "start",
  command: process.execPath,
  args: ["--import", "tsx", "server/start/prepare.ts", ...(dev ? ["--dev"] : []), ...(db.embedded ? ["--embedded"] : [])],
  env: childEnv,
});
preparing = preparation;
const prepared = await preparation.exited;
preparing = null;
if (prepared !== 0) await stop(prepared);

function run(name: string, command: string, args: string[]) {
  if (stopping) return;
  supervised.push(supervise({ name, command, args, env: childEnv }, log));
}

// Each process is node itself: in production its compiled bundle, in development the source
// through tsx's loader (`tsx watch` for the ones that reload). Not the tsx command: it runs the
// script in a child of its own, which a SIGKILL of the command (a child that would not stop
// within its grace) leaves running.
const bin = (name: string) => path.join("node_modules", ".bin", name);
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
if (!stopping) printWelcome({ port, realtimePort, embedded: !!db.embedded, redis: process.env.REDIS_SENTINELS ? "REDIS_SENTINELS" : process.env.REDIS_URL ? "REDIS_URL" : null });
