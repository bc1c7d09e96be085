// Errors that mean "the database is overloaded right now", not "this request is wrong":
// no pooled connection freed up within DATABASE_POOL_TIMEOUT_MS (for a query, or to start a
// transaction: Prisma's P2028), or a statement ran past DATABASE_STATEMENT_TIMEOUT_MS and was
// cancelled. Nothing was committed. Answered 503 `busy` with Retry-After.
import { Prisma } from "@/lib/generated/prisma/client";

/** pg-pool's message when no connection became free in time (it has no error code). */
const POOL_TIMEOUT_MESSAGE = "timeout exceeded when trying to connect";
/** SQLSTATE query_canceled: what statement_timeout raises. */
const QUERY_CANCELED = "57014";

interface WithAdapterCause {
  code?: unknown;
  meta?: { driverAdapterError?: { cause?: { originalCode?: string } } };
  cause?: { originalCode?: string };
}

export function isDatabaseBusy(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2028") return true;
  if (!(error instanceof Error)) return false;
  if (error.message === POOL_TIMEOUT_MESSAGE) return true;
  const { code, meta, cause } = error as WithAdapterCause;
  // A raw pg error (lib/db/sql.ts) carries the SQLSTATE itself.
  if (code === QUERY_CANCELED) return true;
  // Prisma wraps the adapter's error (P2010 for raw SQL, P2039 otherwise); inside a
  // transaction the adapter's own error may arrive unwrapped.
  return (meta?.driverAdapterError?.cause ?? cause)?.originalCode === QUERY_CANCELED;
}
