// Races of hundreds of callers on a 20-connection pool: on a loaded machine some cannot start
// their transaction in time (Prisma P2028, which the API answers 503 busy + Retry-After, with
// nothing written). A real client retries those with the same idempotency key; so do the
// tests, which then prove the invariants (exactly k of N, one order per key) whatever the load.
import { Prisma } from "@/lib/generated/prisma/client";

const ATTEMPTS = 30;

export async function retryWhenBusy<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      const busy = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2028";
      if (!busy || attempt === ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200));
    }
  }
}
