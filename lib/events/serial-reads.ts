// Runs a read one at a time: a request while one runs makes it run once more when done (not
// once per request), so a burst of NOTIFYs costs two reads, not one each. With
// `minIntervalMs`, reads also start at least that far apart: under a steady stream of
// commits each read then takes the events of the whole interval in one batch instead of one
// or two, and every step after it (publishing the batch to the other instances, each one
// decoding it) is paid per batch. An idle reader still reads at once.
import type { Logger } from "@/lib/logger";

export interface SerialReads {
  request(): void;
  /** Stops taking requests; resolves when the read in progress has finished. */
  stop(): Promise<void>;
}

export function serialReads(read: () => Promise<void>, options: { log: Logger; onSettled?: () => void; minIntervalMs?: number }): SerialReads {
  const minIntervalMs = options.minIntervalMs ?? 0;
  let reading: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let lastStartedAt = -Infinity;
  return {
    request() {
      if (stopped) return;
      if (reading) {
        again = true;
        return;
      }
      reading = (async () => {
        do {
          const wait = lastStartedAt + minIntervalMs - Date.now();
          if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
          if (stopped) break;
          // Requests made while waiting are served by this read.
          again = false;
          lastStartedAt = Date.now();
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
