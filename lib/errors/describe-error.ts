// The one translation of anything thrown into what the caller is told. Adapters (HTTP in
// lib/api/errors.ts, server actions and pages in app/, socket acks in server/realtime) only
// put this answer into their own envelope. Unexpected errors are logged with a request id
// that the generic 500 also carries, so a user's report finds its log line.
import { randomUUID } from "node:crypto";
import { ZodError } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Logger } from "@/lib/logger";
import { AppError, type ErrorCode } from "@/lib/errors/app-error";
import { isDatabaseBusy } from "@/lib/db/database-busy";
import { isDatabaseUnavailable } from "@/lib/db/database-unavailable";

export interface ErrorAnswer {
  status: number;
  body: { error: string; code?: ErrorCode | "internal"; details?: unknown; requestId?: string };
  headers?: Record<string, string>;
  /** An expected error that still deserves a warning in the log (the database busy or away). */
  warn?: boolean;
}

/** The caller's share of an error we expected, or null for one we did not. */
export function describeExpected(error: unknown): ErrorAnswer | null {
  if (error instanceof AppError) {
    const body: ErrorAnswer["body"] = { error: error.message };
    if (error.code) body.code = error.code;
    if (error.details !== undefined) body.details = error.details;
    return { status: error.status, body, headers: error.headers };
  }
  if (error instanceof ZodError) {
    // The issue's code ("too_small") lets a page word the problem in its reader's language.
    const details = error.issues.map((i) => ({ path: i.path.join("."), message: i.message, code: i.code }));
    return { status: 400, body: { error: "Invalid request", code: "invalid_request", details } };
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2025") return { status: 404, body: { error: "Not found", code: "not_found" } };
    if (error.code === "P2002") return { status: 409, body: { error: "Already exists", code: "conflict" } };
  }
  // Overload, not a bug (lib/db/database-busy.ts): nothing was committed; the caller should
  // back off and retry, not see a crash.
  if (isDatabaseBusy(error)) {
    return { status: 503, body: { error: "The service is busy, try again in a moment", code: "busy" }, headers: { "retry-after": "1" }, warn: true };
  }
  // The database is restarting or out of reach (lib/db/database-unavailable.ts): the app
  // reconnects by itself within seconds, so this too is "try again", not a crash.
  if (isDatabaseUnavailable(error)) {
    return { status: 503, body: { error: "The service is unavailable for a moment, try again shortly", code: "unavailable" }, headers: { "retry-after": "2" }, warn: true };
  }
  return null;
}

/** What to answer for any error: the expected ones as described, the rest a logged generic 500. */
export function describeError(error: unknown, log: Logger, context: Record<string, unknown> = {}): ErrorAnswer {
  const expected = describeExpected(error);
  if (expected) {
    if (expected.warn) log.warn(`database ${expected.body.code}`, { ...context, message: (error as Error).message });
    return expected;
  }
  const requestId = randomUUID();
  log.error("unhandled error", { ...context, requestId, error });
  return { status: 500, body: { error: "Internal server error", code: "internal", requestId }, headers: { "x-request-id": requestId } };
}
