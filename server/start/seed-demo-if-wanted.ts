import { createPrismaClient } from "@/lib/db/create-prisma-client";
import type { Logger } from "@/lib/logger";
import { seedDemo } from "@/prisma/seed/seed-demo";

/** The embedded database is a demo database: seed it on its first run. A configured
 *  DATABASE_URL is only seeded when asked (SEED_DEMO=true), never by surprise. */
export function demoWanted(embedded: boolean): boolean {
  return embedded || ["1", "true"].includes((process.env.SEED_DEMO ?? "").toLowerCase());
}

export async function seedDemoIfWanted(url: string, embedded: boolean, log: Logger) {
  if (!demoWanted(embedded)) return;
  const prisma = createPrismaClient(url, 2);
  try {
    const { seeded } = await seedDemo(prisma);
    if (seeded) log.info("demo data seeded");
  } finally {
    await prisma.$disconnect();
  }
}
