// Runs a read one at a time: a request while one runs makes it run once more when done (not
// once per request), so a burst of NOTIFYs costs two reads, not one each.
import type { Logger } from "@/lib/logger";

export interface SerialReads {
  request(): void;
  /** Stops taking requests; resolves when the read in progress has finished. */
  stop(): Promise<void>;
}

export function serialReads(read: () => Promise<void>, options: { log: Logger; onSettled?: () => void }): SerialReads {
  let reading: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  return {
    request() {
      if (stopped) return;
      if (reading) {
        again = true;
        return;
      }
      reading = (async () => {
        do {
          again = false;
          await read();
        } while (again && !stopped);
      })()
        .catch((error) => options.log.error("relay read failed", { error }))
        .finally(() => {
          reading = null;
          if (!stopped) options.onSettled?.();
        });
    },
    async stop() {
      stopped = true;
      await reading;
    },
  };
}
