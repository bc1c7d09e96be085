import { describe, expect, it } from "vitest";
import { MAX_AGE_MS, MAX_FUTURE_MS, MAX_SPEED_KMH, speedKmh, validatePosition, type PositionFix } from "@/lib/tracking/validate-position";
import { locationUploadSchema, MAX_POINTS_PER_BATCH } from "@/lib/tracking/schemas";

const now = new Date("2030-01-01T12:00:00Z");
const at = (offsetMs: number) => new Date(now.getTime() + offsetMs);
const fix = (lat: number, lng: number, offsetMs = 0): PositionFix => ({ lat, lng, recordedAt: at(offsetMs) });
// Degrees of latitude per metre on the spherical Earth haversine uses.
const DEG_PER_METER = 180 / (Math.PI * 6_371_008.8);

describe("validatePosition", () => {
  it("accepts a plausible point, with or without a previous one", () => {
    expect(validatePosition(fix(52.37, 4.89), null, now)).toEqual({ ok: true });
    expect(validatePosition(fix(52.3701, 4.89), fix(52.37, 4.89, -3000), now)).toEqual({ ok: true });
  });

  it("rejects coordinates out of range, accepting the exact bounds", () => {
    for (const [lat, lng] of [[90.0001, 0], [-90.0001, 0], [0, 180.0001], [0, -180.0001], [Number.NaN, 0]] as const) {
      expect(validatePosition(fix(lat, lng), null, now), `${lat},${lng}`).toEqual({ ok: false, reason: "out_of_range" });
    }
    for (const [lat, lng] of [[90, 180], [-90, -180], [0, 0]] as const) {
      expect(validatePosition(fix(lat, lng), null, now), `${lat},${lng}`).toEqual({ ok: true });
    }
  });

  it("rejects timestamps more than 30 s ahead", () => {
    expect(validatePosition(fix(52.37, 4.89, MAX_FUTURE_MS), null, now)).toEqual({ ok: true });
    expect(validatePosition(fix(52.37, 4.89, MAX_FUTURE_MS + 1), null, now)).toEqual({ ok: false, reason: "future_timestamp" });
  });

  it("rejects timestamps older than 2 minutes", () => {
    expect(validatePosition(fix(52.37, 4.89, -MAX_AGE_MS), null, now)).toEqual({ ok: true });
    expect(validatePosition(fix(52.37, 4.89, -MAX_AGE_MS - 1), null, now)).toEqual({ ok: false, reason: "stale_timestamp" });
  });

  it("rejects jumps faster than 200 km/h from the previous accepted point", () => {
    const previous = fix(52, 4.89, -10_000);
    // In 10 s at 200 km/h a vehicle covers 555.6 m.
    const limitMeters = (MAX_SPEED_KMH / 3.6) * 10;
    const justUnder = fix(52 + (limitMeters - 1) * DEG_PER_METER, 4.89);
    const justOver = fix(52 + (limitMeters + 1) * DEG_PER_METER, 4.89);
    expect(speedKmh(previous, justUnder)).toBeLessThan(MAX_SPEED_KMH);
    expect(validatePosition(justUnder, previous, now)).toEqual({ ok: true });
    expect(validatePosition(justOver, previous, now)).toEqual({ ok: false, reason: "impossible_speed" });
    // Moving without time passing is a jump; standing still never is.
    expect(validatePosition(fix(52.001, 4.89, -10_000), previous, now)).toEqual({ ok: false, reason: "impossible_speed" });
    expect(validatePosition(fix(52, 4.89, -10_000), previous, now)).toEqual({ ok: true });
  });

  it("checks range before time, and time before speed", () => {
    expect(validatePosition(fix(91, 0, MAX_AGE_MS * -2), null, now)).toEqual({ ok: false, reason: "out_of_range" });
    expect(validatePosition(fix(10, 10, MAX_FUTURE_MS * 2), fix(52, 4.89), now)).toEqual({ ok: false, reason: "future_timestamp" });
  });
});

describe("locationUploadSchema", () => {
  const point = { lat: 52.37, lng: 4.89, recordedAt: "2030-01-01T12:00:00Z" };

  it("takes one point or a batch of up to 100, as a list of points", () => {
    expect(locationUploadSchema.parse(point)).toEqual([{ lat: 52.37, lng: 4.89, recordedAt: new Date(point.recordedAt) }]);
    expect(locationUploadSchema.parse({ points: Array(MAX_POINTS_PER_BATCH).fill(point) })).toHaveLength(MAX_POINTS_PER_BATCH);
  });

  it("refuses malformed bodies", () => {
    for (const body of [
      {},
      { points: [] },
      { points: Array(MAX_POINTS_PER_BATCH + 1).fill(point) },
      { ...point, recordedAt: "yesterday" },
      { ...point, lat: "52.37" },
      { ...point, heading: 400 },
      { ...point, accuracy: -1 },
    ]) {
      expect(locationUploadSchema.safeParse(body).success, JSON.stringify(body).slice(0, 80)).toBe(false);
    }
  });
});
