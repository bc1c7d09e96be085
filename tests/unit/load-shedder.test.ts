import { describe, expect, it } from "vitest";
import { createLoadShedder } from "@/server/realtime/load-shedder";

/** `n` points admitted now and finished `ms` later on `clock`; how many were refused. */
function run(shedder: ReturnType<typeof createLoadShedder>, clock: { t: number }, n: number, ms: number) {
  const admitted = Array.from({ length: n }, () => shedder.admit());
  clock.t += ms;
  for (const done of admitted) done?.();
  return admitted.filter((done) => done === null).length;
}

describe("GPS load shedding", () => {
  it("lets in flight what the measured throughput completes within the latency goal, and refuses the rest at once", () => {
    const clock = { t: 0 };
    const shedder = createLoadShedder({ goalMs: 100, minInFlight: 10, now: () => clock.t });
    expect(shedder.limit).toBe(10);
    // Nothing measured yet: the floor. Of 20 points at once, 10 are refused.
    expect(run(shedder, clock, 20, 10)).toBe(10);
    // 10 points every 10 ms for a second.
    for (let i = 0; i < 100; i++) run(shedder, clock, 10, 10);
    // Measured: 1,000 a second → 100 may be in flight (1,000/s × 100 ms).
    expect(shedder.limit).toBe(100);
    expect(run(shedder, clock, 150, 10)).toBe(50);
    expect(shedder.inFlight).toBe(0);
  });

  it("stops admitting when storage stalls (nothing completes), and recovers when it answers again", () => {
    const clock = { t: 0 };
    const shedder = createLoadShedder({ goalMs: 100, minInFlight: 10, now: () => clock.t });
    const stalled = Array.from({ length: 10 }, () => shedder.admit());
    expect(shedder.admit()).toBeNull();
    clock.t += 5000;
    for (const done of stalled) done!();
    // A slow second (10 points in 5 s) keeps the floor, not zero.
    expect(shedder.limit).toBe(10);
    expect(run(shedder, clock, 10, 1)).toBe(0);
  });

  it("keeps a hard ceiling when one is given", () => {
    const shedder = createLoadShedder({ maxInFlight: 1 });
    const done = shedder.admit();
    expect(done).not.toBeNull();
    expect(shedder.admit()).toBeNull();
    done!();
    expect(shedder.admit()).not.toBeNull();
  });
});
