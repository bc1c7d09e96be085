import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";
import { isDatabaseBusy } from "@/lib/db/database-busy";

/** An error meant for the caller: its status and message are sent as they are. */
export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 422 | 429 | 503,
    message: string,
    readonly code?: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const unauthorized = () => new AppError(401, "Sign in required", "unauthorized");
export const forbidden = () => new AppError(403, "You are not allowed to do this", "forbidden");
export const notFound = (what = "Resource") => new AppError(404, `${what} not found`, "not_found");

/** The one JSON error shape of every API: `{ error, code?, details? }`. */
export function errorResponse(error: unknown): NextResponse {
  if (error instanceof AppError) {
    const body: Record<string, unknown> = { error: error.message };
    if (error.code) body.code = error.code;
    if (error.details !== undefined) body.details = error.details;
    return NextResponse.json(body, { status: error.status, headers: error.headers });
  }
  if (error instanceof ZodError) {
    const details = error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    return NextResponse.json({ error: "Invalid request", code: "invalid_request", details }, { status: 400 });
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2025") return NextResponse.json({ error: "Not found", code: "not_found" }, { status: 404 });
    if (error.code === "P2002") return NextResponse.json({ error: "Already exists", code: "conflict" }, { status: 409 });
    // P2028: no pooled connection freed up in time to start the transaction. The request
    // wrote nothing; under overload the caller should back off and retry, not see a crash.
    if (error.code === "P2028") {
      logger.warn("database busy: transaction could not start", { message: error.message });
      return NextResponse.json(
        { error: "The service is busy, try again in a moment", code: "busy" },
        { status: 503, headers: { "retry-after": "1" } },
      );
    }
  }
  // No pooled connection within DATABASE_POOL_TIMEOUT_MS, or a statement past its timeout:
  // overload, not a bug. Nothing was committed; the caller should back off and retry.
  if (isDatabaseBusy(error)) {
    logger.warn("database busy: pool wait or statement timeout", { message: (error as Error).message });
    return errorResponse(new AppError(503, "The service is busy, try again in a moment", "busy", undefined, { "Retry-After": "1" }));
  }
  logger.error("unhandled error", { error });
  return NextResponse.json({ error: "Internal server error", code: "internal" }, { status: 500 });
}
