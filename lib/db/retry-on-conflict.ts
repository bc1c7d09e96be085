import { Prisma } from "@/lib/generated/prisma/client";
import { retryWhile, type RetryOptions } from "@/lib/db/retry";

/** P2034: PostgreSQL aborted the transaction over a write conflict or a deadlock (40001/40P01). */
export function isWriteConflict(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2034";
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Runs a transaction again when the database aborted it over a conflict (bounded, jittered backoff). */
export function retryOnConflict<T>(run: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  return retryWhile(isWriteConflict, run, options);
}
