import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createLogger } from "@/lib/logger";

export interface DatabaseLimits {
  /** Longest a statement may run before PostgreSQL cancels it (0: no limit). */
  statementTimeoutMs: number;
  /** Longest a query or transaction waits for a pooled connection before it fails (lib/db/database-busy.ts). */
  poolTimeoutMs: number;
}

/** A `pg` pool bounded as `limits` say. Without `limits` (seeding, scripts) nothing is bounded in time. */
export function createPool(connectionString: string, max: number, limits?: DatabaseLimits): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max,
    ...(limits && {
      connectionTimeoutMillis: limits.poolTimeoutMs,
      ...(limits.statementTimeoutMs > 0 && { statement_timeout: limits.statementTimeoutMs }),
    }),
  });
  // An idle connection closed by the server (restart, failover): the pool opens a new one.
  // Without a listener the pool's 'error' event would end the process.
  pool.on("error", (error) => createLogger("db").warn("idle database connection lost", { error: error.message }));
  return pool;
}

/** A client on the given pool, which it ends on `$disconnect`. */
export function prismaOnPool(pool: pg.Pool, limits?: DatabaseLimits): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
    // A transaction waits for its connection as long as a query does (then P2028: busy).
    ...(limits && { transactionOptions: { maxWait: limits.poolTimeoutMs } }),
    // Password hashes are only read where a password is checked.
    omit: { user: { passwordHash: true } },
  });
}

/** A client on its own pool. Free of lib/env on purpose: the launcher and the seed CLI use
 *  it before the web app's environment (auth secret and all) exists. */
export function createPrismaClient(connectionString: string, max: number, limits?: DatabaseLimits): PrismaClient {
  return prismaOnPool(createPool(connectionString, max, limits), limits);
}
