// For work that must not be given up because the database is momentarily overloaded: the
// settlement of a payment the provider already took (the money moved; the order must follow).
// Busy errors (lib/db/database-busy.ts) wrote nothing, so running again is safe.
import { isDatabaseBusy } from "@/lib/db/database-busy";
import { retryWhile, type RetryOptions } from "@/lib/db/retry";

/** By default eight attempts, each wait at most 2 s: up to ~10 s in all. */
export function retryWhenBusy<T>(run: () => Promise<T>, { attempts = 8, baseMs = 100, capMs = 2_000 }: RetryOptions = {}): Promise<T> {
  return retryWhile(isDatabaseBusy, run, { attempts, baseMs, capMs });
}
