import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export interface DatabaseLimits {
  /** Longest a statement may run before PostgreSQL cancels it (0: no limit). */
  statementTimeoutMs: number;
  /** Longest a query or transaction waits for a pooled connection before it fails (lib/db/database-busy.ts). */
  poolTimeoutMs: number;
}

/** A client on its own pool. Free of lib/env on purpose: the launcher and the seed CLI use
 *  it before the web app's environment (auth secret and all) exists. Without `limits`
 *  (seeding, scripts) nothing is bounded in time. */
export function createPrismaClient(connectionString: string, max: number, limits?: DatabaseLimits): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({
      connectionString,
      max,
      ...(limits && {
        connectionTimeoutMillis: limits.poolTimeoutMs,
        ...(limits.statementTimeoutMs > 0 && { statement_timeout: limits.statementTimeoutMs }),
      }),
    }),
    // A transaction waits for its connection as long as a query does (then P2028: busy).
    ...(limits && { transactionOptions: { maxWait: limits.poolTimeoutMs } }),
    // Password hashes are only read where a password is checked.
    omit: { user: { passwordHash: true } },
  });
}
