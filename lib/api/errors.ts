// The HTTP adapter of lib/errors: one JSON error shape, `{ error, code?, details?, requestId? }`.
import { NextResponse } from "next/server";
import { describeError } from "@/lib/errors/describe-error";
import { logger } from "@/lib/logger";

export function errorResponse(error: unknown, context: Record<string, unknown> = {}): NextResponse {
  const { status, body, headers } = describeError(error, logger, context);
  return NextResponse.json(body, { status, headers });
}
