import type pg from "pg";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { createPool, prismaOnPool } from "@/lib/db/create-prisma-client";

const globalForDb = globalThis as unknown as { prisma?: PrismaClient; pool?: pg.Pool };
const limits = { statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS, poolTimeoutMs: env.DATABASE_POOL_TIMEOUT_MS };

/**
 * The process-wide pool. The ORM and the hot paths' plain SQL (lib/db/sql.ts) share its
 * connections: one pool to size per process, and a raw statement costs a quarter of the CPU
 * of the same statement through `$queryRaw`.
 */
export const pool: pg.Pool = globalForDb.pool ?? createPool(env.DATABASE_URL, env.DATABASE_POOL_SIZE, limits);

/** The process-wide client; cached on globalThis so hot reload does not open new pools. */
export const prisma: PrismaClient = globalForDb.prisma ?? prismaOnPool(pool, limits);
if (process.env.NODE_ENV !== "production") Object.assign(globalForDb, { pool, prisma });

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
