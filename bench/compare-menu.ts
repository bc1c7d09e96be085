// The menu read in `npm run bench -- compare`: GET /api/v1/restaurants/{id}/menu (the demo
// restaurant with the heaviest menu, dishes and their options, cached in Redis) on the
// production Next.js build (server/web.ts) against the raw baseline (bench/baselines/menu-server.ts), and two
// references: "next floor", the same Next.js server answering a route handler that does no
// I/O (GET …/restaurants/not-a-uuid/menu: 400 from the id check; no route exists only for
// the bench), and, when HAProxy is installed, "app via haproxy": the app behind HAProxy with
// its cache on (what the Cache-Control of the answer allows a production proxy to do).
// One operation is one complete answer; bounded concurrency on keep-alive connections.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { claimRedisDatabase } from "../tests/support/redis-database";
import { startHttpLoad } from "./http-load";
import { baselineArgs, ensureBuild, startProcess } from "./start-process";
import { compiledArgs } from "../server/start/server-entries";
import { waitForHealth } from "./gps-load";
import type { HotPath, PathContext, RunningSide } from "./compare";

export interface MenuPathOptions {
  concurrency: number;
  warmupSeconds: number;
  /** Writes a CPU profile of the app's web process per run (app and next floor sides) here. */
  cpuProf: string | undefined;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const haproxyInstalled = () => spawnSync("haproxy", ["-v"], { stdio: "ignore" }).status === 0;

function haproxyConfig(port: number, appPort: number) {
  return `global
  maxconn 2000
defaults
  mode http
  timeout connect 5s
  timeout client 30s
  timeout server 30s
  option http-keep-alive
cache hot
  total-max-size 64
  max-object-size 2000000
  max-age 60
  process-vary on
frontend web
  bind 127.0.0.1:${port}
  http-request cache-use hot
  # Next.js marks every answer as varying on its router headers, which a route handler's
  # answer does not; HAProxy stores nothing that varies on headers it cannot key on.
  http-response set-header vary accept-encoding if { capture.req.uri -m beg /api/v1/ }
  http-response cache-store hot
  default_backend app
backend app
  server app1 127.0.0.1:${appPort}
`;
}

export async function menuPath(context: PathContext, options: MenuPathOptions): Promise<HotPath & { close(): Promise<void> }> {
  await ensureBuild();
  const db = new pg.Client({ connectionString: context.databaseUrl });
  await db.connect();
  // The heaviest menu: most dishes plus options shown on them (a group shared by ten dishes
  // is written out ten times in the answer), so the run reads an option-rich menu.
  const { rows } = await db.query<{ id: string; items: number; options: number }>(
    `SELECT i.restaurant_id AS id, count(DISTINCT i.id)::int AS items, count(o.id)::int AS options
     FROM food_items i
     LEFT JOIN item_option_groups a ON a.item_id = i.id
     LEFT JOIN option_groups g ON g.id = a.group_id AND g.archived_at IS NULL
     LEFT JOIN menu_options o ON o.group_id = g.id AND o.archived_at IS NULL
     WHERE i.archived_at IS NULL
     GROUP BY i.restaurant_id ORDER BY count(DISTINCT i.id) + count(o.id) DESC LIMIT 1`,
  );
  await db.end();
  if (!rows[0]) throw new Error("menu: the bench database has no menu items");
  const menuUrlPath = `/api/v1/restaurants/${rows[0].id}/menu`;

  const redis = await claimRedisDatabase(context.redisUrl);
  const secret = randomBytes(32).toString("base64url");
  const env = {
    ...process.env,
    DATABASE_URL: context.databaseUrl,
    REDIS_URL: redis.url,
    NEXTAUTH_SECRET: secret,
    LOG_LEVEL: "error",
    NODE_ENV: "production" as const,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "swifteats-menu-bench-"));

  async function startWeb(port: number) {
    // Compiled, as in production.
    const flags = options.cpuProf ? ["--cpu-prof", `--cpu-prof-dir=${options.cpuProf}`] : [];
    const web = startProcess(process.execPath, [...flags, ...compiledArgs("web")], { ...env, PORT: String(port), NEXTAUTH_URL: `http://127.0.0.1:${port}` });
    try {
      await waitForHealth(`http://127.0.0.1:${port}/api/health`, web.child, Date.now() + 120_000);
    } catch (error) {
      await web.stop();
      throw error;
    }
    return web;
  }

  const withProxy = haproxyInstalled();
  const sides = ["app", "raw", "next floor", ...(withProxy ? ["app via haproxy"] : [])];
  console.log(`menu: ${menuUrlPath} (${rows[0].items} items, ${rows[0].options} options on them), concurrency ${options.concurrency}${withProxy ? "" : "; HAProxy not installed, no proxy side"}`);

  return {
    name: "menu read",
    unit: "answer",
    sides,
    reference: "next floor",
    async start(side, port): Promise<RunningSide> {
      const base = `http://127.0.0.1:${port}`;
      if (side === "raw") {
        const raw = startProcess(process.execPath, baselineArgs("menu-server"), { ...env, BASELINE_PORT: String(port) });
        try {
          await waitForHealth(`${base}/health`, raw.child, Date.now() + 120_000);
        } catch (error) {
          await raw.stop();
          throw error;
        }
        return { pid: raw.child.pid!, url: `${base}${menuUrlPath}`, stop: raw.stop };
      }
      if (side === "app via haproxy") {
        const web = await startWeb(port + 2);
        const config = path.join(tmp, "haproxy.cfg");
        fs.writeFileSync(config, haproxyConfig(port, port + 2));
        const proxy = startProcess("haproxy", ["-db", "-f", config], env);
        const stop = () => proxy.stop().then(web.stop);
        try {
          await waitForHealth(`${base}/api/health`, proxy.child, Date.now() + 30_000);
        } catch (error) {
          await stop();
          throw error;
        }
        return { pid: proxy.child.pid!, pids: [proxy.child.pid!, web.child.pid!], url: `${base}${menuUrlPath}`, stop };
      }
      const web = await startWeb(port);
      const url = side === "next floor" ? `${base}/api/v1/restaurants/not-a-uuid/menu` : `${base}${menuUrlPath}`;
      return { pid: web.child.pid!, url, stop: web.stop };
    },
    async load({ url }) {
      const load = startHttpLoad({ url, concurrency: options.concurrency });
      await sleep(options.warmupSeconds * 1000);
      return {
        pids: [process.pid],
        async measure(seconds) {
          const r = await load.measure(seconds);
          return {
            perSecond: r.perSecond,
            ops: r.answers,
            p50: r.p50,
            p99: r.p99,
            extra: { statuses: Object.entries(r.statuses).map(([s, n]) => `${s}×${n}`).join(" "), errors: r.errors },
          };
        },
        stop: load.stop,
      };
    },
    async close() {
      fs.rmSync(tmp, { recursive: true, force: true });
      await redis.release();
    },
  };
}
