// For work that must not be given up because the database is momentarily overloaded: the
// settlement of a payment the provider already took (the money moved; the order must follow).
// Busy errors (lib/db/database-busy.ts) wrote nothing, so running again is safe.
import { isDatabaseBusy } from "@/lib/db/database-busy";

export async function retryWhenBusy<T>(run: () => Promise<T>, { attempts = 8, baseMs = 100 } = {}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (!isDatabaseBusy(error) || attempt >= attempts) throw error;
      // Full jitter, capped at 2 s: eight attempts wait up to ~10 s in all.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(2_000, baseMs * 2 ** attempt)));
    }
  }
}
