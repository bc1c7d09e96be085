import { AppError } from "@/lib/errors/app-error";

/** A reorder must list exactly the live entries: anything else means the client's list is stale. */
export function assertSameSet(live: string[], sent: string[]) {
  const known = new Set(live);
  if (live.length !== sent.length || !sent.every((id) => known.has(id))) {
    throw new AppError(409, "The menu changed meanwhile; reload and reorder again", "stale_order");
  }
}
