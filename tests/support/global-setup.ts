// Vitest global setup for integration tests: one migrated template database per run, on
// DATABASE_URL's server when set (passed on as TEST_DATABASE_SERVER_URL by vitest.config.ts), otherwise on an embedded PostgreSQL started for the run.
// Each test file clones the template (tests/support/test-database.ts) and drops its clone.
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { dropDatabase, ensureDatabase, withDatabase } from "@/lib/db/admin";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/migrations";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const configuredServer = process.env.TEST_DATABASE_SERVER_URL;
  const embedded = configuredServer
    ? null
    : await startEmbeddedPostgres({
        dataDir: path.join(os.tmpdir(), `swifteats-test-pg-${randomBytes(4).toString("hex")}`),
        port: 55000 + Math.floor(Math.random() * 5000),
        persistent: false,
      });
  const serverUrl = configuredServer ?? embedded!.url("postgres");
  const templateUrl = withDatabase(serverUrl, `swifteats_test_${Date.now()}_${randomBytes(3).toString("hex")}`);
  await ensureDatabase(templateUrl);
  await applyMigrations(templateUrl);
  project.provide("templateDatabaseUrl", templateUrl);

  return async () => {
    await dropDatabase(templateUrl);
    await embedded?.stop();
  };
}
