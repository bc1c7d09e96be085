import { Prisma } from "@/lib/generated/prisma/client";
import { retryWhile, type RetryOptions } from "@/lib/db/retry";

/**
 * PostgreSQL's SQLSTATE of a failed statement: from `pg` as it is (lib/db/sql.ts), or from a raw
 * query through Prisma (P2010), which carries it from the driver adapter instead of a Prisma code.
 */
function sqlState(error: unknown): string | undefined {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    return error.code === "P2010" ? (error.meta as { driverAdapterError?: { cause?: { originalCode?: string } } } | undefined)?.driverAdapterError?.cause?.originalCode : undefined;
  }
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === "string" ? code : undefined;
}

/** PostgreSQL aborted the transaction over a write conflict or a deadlock (40001/40P01; P2034 from the ORM). */
export function isWriteConflict(error: unknown): boolean {
  const state = sqlState(error);
  return (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2034") || state === "40001" || state === "40P01";
}

export function isUniqueViolation(error: unknown): boolean {
  return (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") || sqlState(error) === "23505";
}

/** Runs a transaction again when the database aborted it over a conflict (bounded, jittered backoff). */
export function retryOnConflict<T>(run: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  return retryWhile(isWriteConflict, run, options);
}
