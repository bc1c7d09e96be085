import path from "node:path";
import { defineConfig } from "vitest/config";

// Two projects: fast unit tests beside nothing but code, and integration tests against a
// real PostgreSQL (and Redis where a test needs it). Playwright e2e lives in tests/e2e.
// The integration global setup needs the real DATABASE_URL (or none, for embedded
// PostgreSQL) before test.env below replaces it for the workers.
if (process.env.DATABASE_URL) process.env.TEST_DATABASE_SERVER_URL ??= process.env.DATABASE_URL;

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    env: {
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "test-secret-test-secret-test-secret-0000",
      // Unit tests never connect; integration-setup.ts replaces it with the file's database.
      DATABASE_URL: "postgresql://unused@127.0.0.1:1/unused",
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
      // Room for the concurrency tests to really race (many transactions at once).
      DATABASE_POOL_SIZE: "20",
    },
    projects: [
      // Hang guards, not speed checks: on a loaded CI machine (load average 30 seen) one
      // memory-hard password hash alone took over the default 5 s.
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], testTimeout: 60_000 } },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/integration-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
