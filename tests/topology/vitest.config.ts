// npm run test:topology: failover tests against the loopback cluster (npm run start:cluster),
// started by ./global-setup.ts when it is not up. Not part of `npm test` (the root config's
// projects include only tests/unit and tests/integration).
import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname, "../..");
/** deploy/cluster.env: the environment every instance of the cluster runs with. */
const clusterEnv = Object.fromEntries(
  fs
    .readFileSync(path.join(root, "deploy/cluster.env"), "utf8")
    .split("\n")
    .filter((line) => /^[A-Z_]+=/.test(line))
    .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
);

export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    root,
    include: ["tests/topology/**/*.test.ts"],
    globalSetup: ["tests/topology/global-setup.ts"],
    setupFiles: ["tests/topology/setup.ts"],
    // One cluster: the tests kill and restart its pieces, one after the other.
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 180_000,
    hookTimeout: 600_000,
    env: {
      ...clusterEnv,
      NODE_ENV: "test",
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
      // The test process writes its fixtures on the primary through PgBouncer, like the app.
      CLUSTER_ROOT: root,
    },
  },
});
