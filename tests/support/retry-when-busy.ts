// Races of hundreds of callers on a 20-connection pool: on a loaded machine some cannot get a
// connection in time (the API answers those 503 busy + Retry-After, with nothing written). A
// real client retries them with the same idempotency key; so do the tests, which then prove
// the invariants (exactly k of N, one order per key) whatever the machine's load.
import { retryWhenBusy as retry } from "@/lib/db/retry-when-busy";

export const retryWhenBusy = <T>(run: () => Promise<T>) => retry(run, { attempts: 30, baseMs: 50 });
