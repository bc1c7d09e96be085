// The server-action adapter of lib/errors/describe-error.ts: forms show one line. A refused
// input shows its first problem; an unexpected error is logged and shows its request id.
import type { Logger } from "@/lib/logger";
import { describeError } from "@/lib/errors/describe-error";

export function actionErrorMessage(error: unknown, log: Logger): string {
  const { body } = describeError(error, log, { via: "server action" });
  if (body.requestId) return `Something went wrong (reference ${body.requestId}); please try again.`;
  const first = Array.isArray(body.details) ? (body.details[0] as { message?: unknown } | undefined) : undefined;
  return body.code === "invalid_request" && typeof first?.message === "string" ? first.message : body.error;
}
