// The domain's error type: what went wrong, for the caller, in a closed set of codes. It knows
// no framework: route handlers, pages, server actions and sockets each translate it in one
// place (lib/errors/describe-error.ts and its adapters), so the worker and the realtime
// server can throw it without loading Next.js.

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;

/** Every code a caller can branch on. Adding one is a deliberate API change. */
export const ERROR_CODES = [
  // the request itself
  "invalid_request",
  "invalid_json",
  "invalid_text",
  "too_deep",
  "invalid_form",
  "payload_too_large",
  "unsupported_media_type",
  "forbidden_origin",
  "idempotency_key_required",
  "idempotency_key_reused",
  // who is asking
  "unauthorized",
  "forbidden",
  "invalid_api_key",
  "invalid_signature",
  // what they asked for
  "not_found",
  "conflict",
  "limit_reached",
  "rate_limited",
  "busy",
  "unavailable",
  "version_conflict",
  "menu_version_conflict",
  "stale_order",
  "illegal_transition",
  "table_exists",
  "email_taken",
  "unknown_outlet",
  "unknown_charge",
  "incident_resolved",
  "resume_limit",
  "restaurant_closed",
  "below_minimum",
  "invalid_item",
  "items_unavailable",
  "invalid_options",
  "option_unavailable",
  "photo_missing",
  "photo_too_large",
  "photo_type",
  "offer_closed",
  "offer_expired",
  "order_unavailable",
  "driver_not_available",
  "job_in_progress",
  "wrong_delivery_code",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error meant for the caller: its status and message are sent as they are. */
export class AppError extends Error {
  constructor(
    readonly status: ErrorStatus,
    message: string,
    /** Absent only where a published contract fixes a body without one (seed 004 tablets). */
    readonly code?: ErrorCode,
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
