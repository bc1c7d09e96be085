// For work that must not be given up because the database is momentarily overloaded or away:
// the settlement of a payment the provider already took (the money moved; the order must
// follow). Busy errors (lib/db/database-busy.ts) wrote nothing; an unavailable database
// (lib/db/database-unavailable.ts: a restart, a failover) may have cut a statement off at
// COMMIT, so what runs here must be idempotent (settlement's writes are conditional).
import { isDatabaseBusy } from "@/lib/db/database-busy";
import { isDatabaseUnavailable } from "@/lib/db/database-unavailable";
import { retryWhile, type RetryOptions } from "@/lib/db/retry";

const passes = (error: unknown) => isDatabaseBusy(error) || isDatabaseUnavailable(error);

/** By default ten attempts, each wait at most 2 s (jittered): ~8 s in all on average, up to ~15 s; a PostgreSQL restart takes a few. */
export function retryWhenBusy<T>(run: () => Promise<T>, { attempts = 10, baseMs = 100, capMs = 2_000 }: RetryOptions = {}): Promise<T> {
  return retryWhile(passes, run, { attempts, baseMs, capMs });
}
