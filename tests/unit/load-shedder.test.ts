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
  it("lets in flight what arrives within the latency goal (Little's law), and refuses the rest at once", () => {
    const clock = { t: 0 };
    const shedder = createLoadShedder({ goalMs: 100, minInFlight: 10, now: () => clock.t });
    expect(shedder.limit).toBe(10);
    // Nothing measured yet: the floor. Of 20 points at once, 10 are refused.
    expect(run(shedder, clock, 20, 10)).toBe(10);
    // 10 points every 10 ms for a second.
    for (let i = 0; i < 100; i++) run(shedder, clock, 10, 10);
    // About 1,000 a second arrived → about 100 may be in flight (1,000/s × 100 ms).
    const limit = shedder.limit;
    expect(limit).toBeGreaterThanOrEqual(100);
    expect(limit).toBeLessThanOrEqual(105);
    expect(run(shedder, clock, 150, 10)).toBe(150 - limit);
    expect(shedder.inFlight).toBe(0);
  });

  it("keeps its limit while storage is slow: refusals do not shrink it (it follows arrivals, not admissions)", () => {
    const clock = { t: 0 };
    const shedder = createLoadShedder({ goalMs: 100, minInFlight: 10, now: () => clock.t });
    // 10,000 points a second arrive; each takes 1 s to store (ten times the goal).
    const pending: { at: number; done: () => void }[] = [];
    for (let step = 0; step < 500; step++) {
      for (let i = 0; i < 100; i++) {
        const done = shedder.admit();
        if (done) pending.push({ at: clock.t + 1000, done });
      }
      clock.t += 10;
      while (pending[0] && pending[0].at <= clock.t) pending.shift()!.done();
    }
    // 10,000/s × 100 ms: a thousand in flight, so 1,000 points a second are still stored.
    expect(shedder.limit).toBeGreaterThanOrEqual(1000);
    expect(shedder.inFlight).toBeGreaterThanOrEqual(900);
  });

  it("stops admitting when storage stalls (nothing completes), and admits again once it answers", () => {
    const clock = { t: 0 };
    const shedder = createLoadShedder({ goalMs: 100, minInFlight: 10, now: () => clock.t });
    const stalled = Array.from({ length: 10 }, () => shedder.admit());
    clock.t += 5000;
    expect(shedder.admit()).toBeNull();
    for (const done of stalled) done!();
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
