// Starts the whole product the way `npm start` does (server/start.ts: build when stale,
// web + realtime + worker) on a database created for this run and seeded with the demo,
// and tears it all down afterwards. DATABASE_URL's server when set, else embedded PostgreSQL.
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { spawn } from "node:child_process";
import { dropDatabase, ensureDatabase, withDatabase } from "@/lib/db/admin";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { E2E_PORT } from "../../playwright.config";

async function waitForHealth(url: string, deadline: number, isAlive: () => boolean) {
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error("the app exited before it became healthy");
    try {
      const res = await fetch(url);
      const body = (await res.json()) as { status: string };
      if (body.status === "ok") return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${url} did not report ok in time`);
}

export default async function globalSetup() {
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({
        dataDir: path.join(os.tmpdir(), `swifteats-e2e-pg-${randomBytes(4).toString("hex")}`),
        port: 56000 + Math.floor(Math.random() * 4000),
        persistent: false,
      });
  const server = process.env.DATABASE_URL ?? embedded!.url("postgres");
  const url = withDatabase(server, `swifteats_e2e_${Date.now()}_${randomBytes(3).toString("hex")}`);
  await ensureDatabase(url);

  const app = spawn("node_modules/.bin/tsx", ["server/start.ts"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: url,
      SEED_DEMO: "true",
      PORT: String(E2E_PORT),
      REALTIME_PORT: String(E2E_PORT + 1),
      NEXTAUTH_URL: `http://localhost:${E2E_PORT}`,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString("base64url"),
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    },
  });
  const exited = new Promise<void>((resolve) => app.once("exit", () => resolve()));

  try {
    // A first run builds the app: allow for `next build` on two cores.
    await waitForHealth(`http://localhost:${E2E_PORT}/api/health`, Date.now() + 15 * 60_000, () => app.exitCode === null);
  } catch (error) {
    app.kill("SIGTERM");
    await exited;
    await dropDatabase(url).catch(() => undefined);
    await embedded?.stop();
    throw error;
  }

  return async () => {
    app.kill("SIGTERM");
    await exited;
    await dropDatabase(url);
    await embedded?.stop();
  };
}
