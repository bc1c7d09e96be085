// Errors that mean "the database cannot be reached right now", not "this request is wrong":
// PostgreSQL restarting or failing over (a statement in flight is cut off with 57P01, new
// connections are refused or told it is starting up), a pooled connection that died with it,
// or PgBouncer unable to reach it (08P01). The app reconnects on its own once the server is
// back; the caller is answered 503 `unavailable` with Retry-After and tries again (orders with
// the same Idempotency-Key, so a write whose COMMIT was cut off is answered, not repeated).
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * SQLSTATEs: class 08 (connection exception; PgBouncer reports its own failures as 08P01),
 * 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up).
 */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123])$/;
/** Prisma's codes for a server it cannot reach, a timed-out socket, a closed connection. */
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017"]);
/** What the driver adapter says when the socket failed (Prisma maps them to the codes above). */
const UNAVAILABLE_ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);
/** node-postgres' own errors for a connection that broke (they carry no code). */
const LOST_CONNECTION_MESSAGES = new Set([
  "Connection terminated unexpectedly",
  "Client has encountered a connection error and is not queryable",
  "Connection terminated due to connection timeout",
]);
/** Socket errors node-postgres passes on as they are. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT"]);

interface AdapterCause {
  kind?: string;
  originalCode?: string;
}

interface WithCause {
  code?: unknown;
  meta?: { driverAdapterError?: { cause?: AdapterCause } };
  cause?: AdapterCause;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error instanceof Prisma.PrismaClientKnownRequestError && UNAVAILABLE_PRISMA_CODES.has(error.code)) return true;
  if (LOST_CONNECTION_MESSAGES.has(error.message)) return true;
  const { code, meta, cause } = error as WithCause;
  // A raw pg error (inside a transaction it may arrive unwrapped): a SQLSTATE or a socket code.
  if (typeof code === "string" && (UNAVAILABLE_SQLSTATE.test(code) || SOCKET_CODES.has(code))) return true;
  // Prisma wraps the adapter's error (P2010 for raw SQL, P2039 otherwise), or it arrives as it is.
  const adapter = meta?.driverAdapterError?.cause ?? cause;
  if (!adapter) return false;
  return UNAVAILABLE_ADAPTER_KINDS.has(adapter.kind ?? "") || UNAVAILABLE_SQLSTATE.test(adapter.originalCode ?? "");
}
