import { Prisma } from "@/lib/generated/prisma/client";
import { retryWhile, type RetryOptions } from "@/lib/db/retry";

/** A raw query's failure (P2010) carries PostgreSQL's SQLSTATE, from the driver adapter, instead of a Prisma code. */
const rawSqlState = (error: Prisma.PrismaClientKnownRequestError) =>
  error.code === "P2010" ? (error.meta as { driverAdapterError?: { cause?: { originalCode?: string } } } | undefined)?.driverAdapterError?.cause?.originalCode : undefined;

/** PostgreSQL aborted the transaction over a write conflict or a deadlock (40001/40P01; P2034 from the ORM). */
export function isWriteConflict(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  const state = rawSqlState(error);
  return error.code === "P2034" || state === "40001" || state === "40P01";
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && (error.code === "P2002" || rawSqlState(error) === "23505");
}

/** Runs a transaction again when the database aborted it over a conflict (bounded, jittered backoff). */
export function retryOnConflict<T>(run: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  return retryWhile(isWriteConflict, run, options);
}
