import type { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { createPrismaClient } from "@/lib/db/create-prisma-client";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** The process-wide client; cached on globalThis so hot reload does not open new pools. */
export const prisma: PrismaClient =
  globalForPrisma.prisma ??
  createPrismaClient(env.DATABASE_URL, env.DATABASE_POOL_SIZE, {
    statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
    poolTimeoutMs: env.DATABASE_POOL_TIMEOUT_MS,
  });
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
