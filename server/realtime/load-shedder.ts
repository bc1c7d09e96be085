// When the realtime server refuses a GPS point with `busy`: sized by what the process
// measures, not by a fixed count. A point is refused at once when points have lately taken
// longer than the target to be stored, or when the event loop runs late by more than the
// target (points then wait unseen in socket buffers); a live position is worth little
// seconds late, the app sends the next one 5 s later, and refusing is cheap. With nothing
// in flight a point is always taken, so the measurement recovers when the load is gone.
/** A point should be stored (ack sent) within this; the 99th percentile goal is twice it. */
export const POSITION_LATENCY_TARGET_MS = 50;
const LAG_SAMPLE_MS = 100;
/** Weight of the newest point in the running latency (about the last 20 points). */
const LATENCY_WEIGHT = 0.05;

export interface LoadShedderOptions {
  targetMs?: number;
  /** A hard ceiling on points in flight (tests use 1 to show the refusal). */
  maxInFlight?: number;
}

export interface LoadShedder {
  /** null: refuse (busy); else call the returned function when the point is done. */
  admit(): (() => void) | null;
  readonly inFlight: number;
  stop(): void;
}

export function createLoadShedder({ targetMs = POSITION_LATENCY_TARGET_MS, maxInFlight = Infinity }: LoadShedderOptions = {}): LoadShedder {
  let inFlight = 0;
  let latencyMs = 0;
  let lagMs = 0;
  let expectedAt = performance.now() + LAG_SAMPLE_MS;
  const lagTimer = setInterval(() => {
    const now = performance.now();
    lagMs = Math.max(0, now - expectedAt);
    expectedAt = now + LAG_SAMPLE_MS;
  }, LAG_SAMPLE_MS).unref();

  const done = (startedAt: number) => () => {
    inFlight--;
    latencyMs += (performance.now() - startedAt - latencyMs) * LATENCY_WEIGHT;
  };

  return {
    admit() {
      if (inFlight >= maxInFlight) return null;
      if (inFlight > 0 && (latencyMs > targetMs || lagMs > targetMs)) return null;
      inFlight++;
      return done(performance.now());
    },
    get inFlight() {
      return inFlight;
    },
    stop: () => clearInterval(lagTimer),
  };
}
