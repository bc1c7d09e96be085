// Runs work again while it fails in a way that wrote nothing and may pass next time, with
// exponential backoff and full jitter so racing retries spread out; bounded, then the error
// surfaces. lib/db/retry-on-conflict.ts and retry-when-busy.ts say which errors those are.
export interface RetryOptions {
  attempts?: number;
  baseMs?: number;
  /** The longest single wait. */
  capMs?: number;
}

export async function retryWhile<T>(retryable: (error: unknown) => boolean, run: () => Promise<T>, { attempts = 5, baseMs = 15, capMs = Infinity }: RetryOptions = {}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (!retryable(error) || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(capMs, baseMs * 2 ** attempt)));
    }
  }
}
