import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { serialReads } from "@/lib/events/serial-reads";
import { createLogger } from "@/lib/logger";

const log = createLogger("test");

describe("serialReads", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("runs a burst of requests as the read in progress and one more", async () => {
    let reads = 0;
    let finish: () => void = () => undefined;
    const reader = serialReads(() => new Promise<void>((resolve) => ((reads += 1), (finish = resolve))), { log });
    reader.request();
    reader.request();
    reader.request();
    expect(reads).toBe(1);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(reads).toBe(2);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(reads).toBe(2);
    await reader.stop();
  });

  it("starts reads at least minIntervalMs apart, and an idle reader's at once", async () => {
    const startedAt: number[] = [];
    const reader = serialReads(async () => void startedAt.push(Date.now()), { log, minIntervalMs: 20 });
    const t0 = Date.now();
    reader.request();
    await vi.advanceTimersByTimeAsync(0);
    expect(startedAt).toEqual([t0]);
    // Requests 5 ms later: one read, at the end of the interval, for all of them.
    await vi.advanceTimersByTimeAsync(5);
    reader.request();
    reader.request();
    await vi.advanceTimersByTimeAsync(14);
    expect(startedAt).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(startedAt).toEqual([t0, t0 + 20]);
    // Idle past the interval: read at once.
    await vi.advanceTimersByTimeAsync(100);
    reader.request();
    await vi.advanceTimersByTimeAsync(0);
    expect(startedAt).toEqual([t0, t0 + 20, t0 + 120]);
    await reader.stop();
  });

  it("stop() during the wait ends without another read", async () => {
    let reads = 0;
    const reader = serialReads(async () => void (reads += 1), { log, minIntervalMs: 50 });
    reader.request();
    await vi.advanceTimersByTimeAsync(0);
    reader.request();
    const stopped = reader.stop();
    await vi.advanceTimersByTimeAsync(50);
    await stopped;
    expect(reads).toBe(1);
  });
});
