import { describe, expect, it } from "vitest";
import { etaParts, formatClock, secondsUntil } from "@/lib/time/countdown";
import { glideDone, glidePosition, MAX_GLIDE_MS, MIN_GLIDE_MS, startGlide } from "@/lib/tracking/interpolate-position";
import { isPositionStale, STALE_AFTER_MS } from "@/lib/tracking/position-staleness";
import { addToBuffer, BUFFER_LIMIT, FLUSH_INTERVAL_MS, FLUSH_MAX_AGE_MS, pointsToFlush, type BufferedPoint } from "@/lib/tracking/position-buffer";
import { POSITION_INTERVAL_MS } from "@/lib/tracking/ingest-position";
import { MAX_AGE_MS } from "@/lib/tracking/validate-position";
import { MAX_POINTS_PER_BATCH } from "@/lib/tracking/schemas";

const NOW = Date.parse("2030-01-01T12:00:00Z");
const point = (agoMs: number, lat = 52.37): BufferedPoint => ({ lat, lng: 4.89, recordedAt: new Date(NOW - agoMs).toISOString() });

describe("countdown", () => {
  it("counts whole seconds up, never below zero", () => {
    expect(secondsUntil(new Date(NOW + 30_000), NOW)).toBe(30);
    expect(secondsUntil(new Date(NOW + 29_001).toISOString(), NOW)).toBe(30);
    expect(secondsUntil(new Date(NOW + 1), NOW)).toBe(1);
    expect(secondsUntil(new Date(NOW), NOW)).toBe(0);
    expect(secondsUntil(new Date(NOW - 5000), NOW)).toBe(0);
  });

  it("formats clocks and ETAs", () => {
    expect(formatClock(30)).toBe("0:30");
    expect(formatClock(65)).toBe("1:05");
    expect(formatClock(-3)).toBe("0:00");
    expect(etaParts(59)).toEqual({ soon: true });
    expect(etaParts(90)).toEqual({ soon: false, hours: 0, minutes: 2 });
    expect(etaParts(12 * 60)).toEqual({ soon: false, hours: 0, minutes: 12 });
    expect(etaParts(65 * 60)).toEqual({ soon: false, hours: 1, minutes: 5 });
  });
});

describe("marker glide", () => {
  const a = { lat: 52.37, lng: 4.89 };
  const b = { lat: 52.371, lng: 4.891 };

  it("moves linearly from the drawn position to the new one over the fix gap", () => {
    const glide = startGlide(a, b, 4000, NOW);
    expect(glide.durationMs).toBe(4000);
    expect(glidePosition(glide, NOW)).toEqual(a);
    const mid = glidePosition(glide, NOW + 2000);
    expect(mid.lat).toBeCloseTo(52.3705, 9);
    expect(mid.lng).toBeCloseTo(4.8905, 9);
    expect(glidePosition(glide, NOW + 10_000)).toEqual(b);
    expect(glideDone(glide, NOW + 3999)).toBe(false);
    expect(glideDone(glide, NOW + 4000)).toBe(true);
  });

  it("clamps the duration and snaps on the first point or a jump", () => {
    expect(startGlide(a, b, 50, NOW).durationMs).toBe(MIN_GLIDE_MS);
    expect(startGlide(a, b, 60_000, NOW).durationMs).toBe(MAX_GLIDE_MS);
    expect(startGlide(a, b, Number.NaN, NOW).durationMs).toBe(MAX_GLIDE_MS);
    expect(glidePosition(startGlide(null, b, 4000, NOW), NOW)).toEqual(b);
    const far = { lat: 52.5, lng: 4.89 };
    const jump = startGlide(a, far, 4000, NOW);
    expect(glidePosition(jump, NOW)).toEqual(far);
    expect(glideDone(jump, NOW)).toBe(true);
  });
});

describe("stale positions", () => {
  it("is stale with no update, or none for 30 s", () => {
    expect(isPositionStale(null, NOW)).toBe(true);
    expect(isPositionStale(NOW - STALE_AFTER_MS + 1, NOW)).toBe(false);
    expect(isPositionStale(NOW - STALE_AFTER_MS, NOW)).toBe(true);
    expect(STALE_AFTER_MS).toBe(30_000);
  });
});

describe("offline position buffer", () => {
  it("keeps the newest points up to its limit", () => {
    let buffer: BufferedPoint[] = [];
    for (let i = 0; i < 5; i++) buffer = addToBuffer(buffer, point(10_000 - i * 1000, i), 3);
    expect(buffer.map((p) => p.lat)).toEqual([2, 3, 4]);
    expect(BUFFER_LIMIT).toBeGreaterThan(100);
  });

  it("flushes only points the ingest still accepts, oldest first, thinned to its interval", () => {
    expect(FLUSH_INTERVAL_MS).toBe(POSITION_INTERVAL_MS);
    expect(FLUSH_MAX_AGE_MS).toBeLessThan(MAX_AGE_MS);
    const buffer = [point(FLUSH_MAX_AGE_MS + 1, 1), point(20_000, 2), point(10_000, 4), point(19_000, 3), point(5_000, 5)];
    // 1 is too old; 3 is 1 s after 2 (dropped by the 3 s throttle anyway)
    expect(pointsToFlush(buffer, NOW)).toEqual([point(20_000, 2), point(10_000, 4), point(5_000, 5)]);
    expect(pointsToFlush([point(FLUSH_MAX_AGE_MS + 1)], NOW)).toEqual([]);
  });

  it("fits in one upload: the staleness window holds fewer points than a batch", () => {
    const buffer = Array.from({ length: 400 }, (_, i) => point(i * 1000));
    const batch = pointsToFlush(buffer, NOW);
    expect(batch.length).toBeGreaterThan(30);
    expect(batch.length).toBeLessThanOrEqual(MAX_POINTS_PER_BATCH);
    expect(batch.every((p) => NOW - Date.parse(p.recordedAt) <= FLUSH_MAX_AGE_MS)).toBe(true);
  });
});
