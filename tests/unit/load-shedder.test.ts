import { afterEach, describe, expect, it, vi } from "vitest";
import { createLoadShedder, type LoadShedder } from "@/server/realtime/load-shedder";

let shedder: LoadShedder | undefined;
afterEach(() => {
  shedder?.stop();
  vi.useRealTimers();
});

describe("GPS load shedding", () => {
  it("takes points while they are stored within the target, and refuses beyond it until the load is gone", () => {
    vi.useFakeTimers({ toFake: ["performance", "setInterval", "clearInterval"] });
    shedder = createLoadShedder({ targetMs: 50 });
    // Fast points: all taken, however many are in flight.
    const fast = Array.from({ length: 100 }, () => shedder!.admit());
    expect(fast.every((done) => done !== null)).toBe(true);
    vi.advanceTimersByTime(5);
    for (const done of fast) done!();

    // Slow points (storage takes 400 ms): the running latency passes the target, new points are refused.
    const slow = Array.from({ length: 40 }, () => shedder!.admit()!);
    vi.advanceTimersByTime(400);
    for (const done of slow.slice(0, 39)) done();
    expect(shedder.inFlight).toBe(1);
    expect(shedder.admit()).toBeNull();

    // Nothing in flight: a point is taken again, and fast ones bring the latency back down.
    slow[39]!();
    for (let i = 0; i < 200; i++) {
      const done = shedder.admit();
      expect(done).not.toBeNull();
      vi.advanceTimersByTime(1);
      done!();
    }
    expect(shedder.admit()).not.toBeNull();
    expect(shedder.admit()).not.toBeNull();
  });

  it("refuses at once when the event loop runs late, as points then wait unseen", async () => {
    shedder = createLoadShedder({ targetMs: 50 });
    const first = shedder.admit();
    expect(first).not.toBeNull();
    // The event loop is blocked for 250 ms: the lag sample, due after 100 ms, comes late.
    const until = performance.now() + 250;
    while (performance.now() < until);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(shedder.admit()).toBeNull();
    first!();
    expect(shedder.admit()).not.toBeNull();
  });

  it("keeps a hard ceiling when one is given", () => {
    shedder = createLoadShedder({ maxInFlight: 1 });
    const done = shedder.admit();
    expect(done).not.toBeNull();
    expect(shedder.admit()).toBeNull();
    done!();
    expect(shedder.admit()).not.toBeNull();
  });
});
