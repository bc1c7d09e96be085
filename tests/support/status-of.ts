import { errorResponse } from "@/lib/api/errors";

/** The HTTP status a route would answer for this domain call (200 when it succeeds). */
export async function statusOf(call: Promise<unknown>): Promise<number> {
  try {
    await call;
    return 200;
  } catch (error) {
    return errorResponse(error).status;
  }
}
