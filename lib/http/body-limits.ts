// How many bytes a route reads at most (configurable, see .env.example). Photos have their
// own limit, MAX_PHOTO_BYTES, plus room for the multipart envelope.
import { env } from "@/lib/env";
import { MAX_PHOTO_BYTES } from "@/lib/menu/schemas";

export const BODY_LIMITS = {
  json: env.JSON_BODY_LIMIT_BYTES,
  webhook: env.WEBHOOK_BODY_LIMIT_BYTES,
  photo: MAX_PHOTO_BYTES + 64 * 1024,
} as const;
