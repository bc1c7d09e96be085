// The API failures every staff screen words alike (each in its own namespace's `errors.*`): no
// answer, a lost race, not allowed, gone, or the server asking to wait. Screen-specific codes
// are worded by the screen before it asks here.
import type { ApiError } from "@/lib/api/request-json";

export type CommonErrorKind = "network" | "conflict" | "forbidden" | "notFound" | "busy";

export function commonErrorKind(error: ApiError): CommonErrorKind | null {
  if (error.status === 0) return "network";
  if (error.status === 409) return "conflict";
  switch (error.code) {
    case "forbidden":
      return "forbidden";
    case "not_found":
      return "notFound";
    case "busy":
    case "unavailable":
    case "rate_limited":
      return "busy";
    default:
      return null;
  }
}
