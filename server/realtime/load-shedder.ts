// When the realtime server refuses a GPS point with `busy`: sized by measurement, not by a
// fixed count. By Little's law the points in flight are arrival rate × latency, so at the
// rate points arrive (measured each second, refused ones included) at most
// rate × LATENCY_GOAL_MS may be in flight for each to be answered within the goal on average.
// Beyond that a point is refused at once: a live position is worth little seconds late, the
// app sends the next one 5 s later, and a bounded queue keeps accepted points fast. The limit
// follows what arrives, not what was admitted: sized by admissions, refusals would shrink it
// further (a spiral down to the floor, measured on a loaded machine). When storage stalls
// (Redis away), points pile up to the limit and the rest are refused.

/** Every point answered within this (the ack's 99th-percentile goal). */
export const LATENCY_GOAL_MS = 100;
/** Admitted whatever the measurement: a quiet process (or one just started) measures little. */
export const MIN_IN_FLIGHT = 64;
const RATE_WINDOW_MS = 1000;

export interface LoadShedderOptions {
  goalMs?: number;
  minInFlight?: number;
  /** A hard ceiling on points in flight (tests use 1 to show the refusal). */
  maxInFlight?: number;
  /** The clock, in ms (tests pass their own). */
  now?: () => number;
}

export interface LoadShedder {
  /** null: refuse (busy); else call the returned function when the point is done. */
  admit(): (() => void) | null;
  readonly inFlight: number;
  /** Points that may be in flight now. */
  readonly limit: number;
}

export function createLoadShedder({ goalMs = LATENCY_GOAL_MS, minInFlight = MIN_IN_FLIGHT, maxInFlight = Infinity, now = () => performance.now() }: LoadShedderOptions = {}): LoadShedder {
  let inFlight = 0;
  let arrived = 0;
  let windowStart = now();
  let limit = Math.min(maxInFlight, minInFlight);

  const measure = () => {
    const elapsed = now() - windowStart;
    if (elapsed < RATE_WINDOW_MS) return;
    const perSecond = (arrived * 1000) / elapsed;
    arrived = 0;
    windowStart += elapsed;
    limit = Math.min(maxInFlight, Math.max(minInFlight, Math.ceil((perSecond * goalMs) / 1000)));
  };
  const done = () => {
    inFlight--;
  };

  return {
    admit() {
      arrived++;
      measure();
      if (inFlight >= limit) return null;
      inFlight++;
      return done;
    },
    get inFlight() {
      return inFlight;
    },
    get limit() {
      return limit;
    },
  };
}
