// Migrations apply offline (WebAssembly schema engine) to a fresh embedded PostgreSQL 18 and
// to the run's server (the machine's PostgreSQL 15 in CI), and a second run applies nothing.
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { ensureDatabase, dropDatabase, withDatabase } from "@/lib/db/admin";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { applyMigrations, listMigrations } from "@/lib/db/migrations";

async function serverVersion(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query("SHOW server_version_num");
  await client.end();
  return Math.floor(Number(rows[0].server_version_num) / 10000);
}

async function migrateFresh(serverUrl: string) {
  const url = withDatabase(serverUrl, `mig_${randomBytes(4).toString("hex")}`);
  await ensureDatabase(url);
  try {
    expect(await applyMigrations(url)).toEqual(listMigrations());
    expect(await applyMigrations(url)).toEqual([]);
    return await serverVersion(url);
  } finally {
    await dropDatabase(url);
  }
}

describe("migrations", () => {
  it("apply to a fresh embedded PostgreSQL 18", async () => {
    const server = await startEmbeddedPostgres({
      dataDir: path.join(os.tmpdir(), `swifteats-mig-${randomBytes(4).toString("hex")}`),
      port: 52000 + Math.floor(Math.random() * 2000),
      persistent: false,
    });
    try {
      expect(await migrateFresh(server.url("postgres"))).toBe(18);
    } finally {
      await server.stop();
    }
  });

  it("apply to the configured server", async () => {
    const version = await migrateFresh(process.env.DATABASE_URL!);
    expect(version).toBeGreaterThanOrEqual(15);
  });
});
