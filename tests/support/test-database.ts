// A fresh, migrated database for one test file: cloned from the run's template, dropped after.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { databaseName, dropDatabase, withDatabase } from "@/lib/db/admin";

export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const template = inject("templateDatabaseUrl");
  const url = withDatabase(template, `${databaseName(template)}_${randomBytes(4).toString("hex")}`);
  const admin = new pg.Client({ connectionString: withDatabase(template, "postgres") });
  await admin.connect();
  try {
    await admin.query(
      `CREATE DATABASE ${admin.escapeIdentifier(databaseName(url))} TEMPLATE ${admin.escapeIdentifier(databaseName(template))}`,
    );
  } finally {
    await admin.end();
  }
  return { url, drop: () => dropDatabase(url) };
}
