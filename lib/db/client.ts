import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

export function createPrismaClient(connectionString: string, max = env.DATABASE_POOL_SIZE): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max }),
    // Password hashes are only read where a password is checked.
    omit: { user: { passwordHash: true } },
  });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** The process-wide client; cached on globalThis so hot reload does not open new pools. */
export const prisma: PrismaClient = globalForPrisma.prisma ?? createPrismaClient(env.DATABASE_URL);
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
