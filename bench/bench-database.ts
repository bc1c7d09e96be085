// A fresh, migrated, demo-seeded database for one bench run, on DATABASE_URL's server (or an
// embedded PostgreSQL when none is set); `drop()` removes it (and stops the embedded server).
import { randomBytes } from "node:crypto";
import { dropDatabase, ensureDatabase, withDatabase } from "@/lib/db/admin";
import { applyMigrations } from "@/lib/db/migrations";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { seedDemo } from "@/prisma/seed/seed-demo";

/**
 * application_name of a load generator's own connections (a writer standing in for the web
 * app): their backends are the generator's cost, not the server under test's.
 */
export const LOAD_APPLICATION_NAME = "swifteats-bench-load";

export interface BenchDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function openBenchDatabase(name: string): Promise<BenchDatabase> {
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dataDir: `/tmp/swifteats-${name}-bench-${randomBytes(4).toString("hex")}`, port: 56000 + Math.floor(Math.random() * 4000), persistent: false });
  const url = withDatabase(process.env.DATABASE_URL ?? embedded!.url("postgres"), `swifteats_${name}_bench_${Date.now()}_${randomBytes(3).toString("hex")}`);
  await ensureDatabase(url);
  const drop = async () => {
    await dropDatabase(url).catch(() => undefined);
    await embedded?.stop();
  };
  try {
    await applyMigrations(url);
    const prisma = createPrismaClient(url, 2);
    await seedDemo(prisma);
    await prisma.$disconnect();
  } catch (error) {
    await drop();
    throw error;
  }
  return { url, drop };
}
