// Config for the Prisma CLI (generate only: migrations run through lib/db/migrations.ts,
// see ../shared/RECIPES.md). The runtime client gets its URL from lib/db/client.ts.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
