import { Prisma } from "@/lib/generated/prisma/client";

/** P2034: PostgreSQL aborted the transaction over a write conflict or a deadlock (40001/40P01). */
export function isWriteConflict(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2034";
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * Runs a transaction again when the database aborted it over a conflict, with exponential
 * backoff and full jitter so racing retries spread out; bounded, then the error surfaces.
 */
export async function retryOnConflict<T>(run: () => Promise<T>, { attempts = 5, baseMs = 15 } = {}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (!isWriteConflict(error) || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * baseMs * 2 ** attempt));
    }
  }
}
