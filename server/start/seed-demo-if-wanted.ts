import { createPrismaClient } from "@/lib/db/create-prisma-client";
import type { Logger } from "@/lib/logger";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { demoWanted } from "./demo-wanted";

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
