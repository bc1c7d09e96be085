import { describe, expect, it } from "vitest";
import { isOpenFor, openingStateAt, type OpeningHours } from "@/lib/catalog/opening-hours";

const everyDay = (opens: number, closes: number) =>
  Array.from({ length: 7 }, (_, dayOfWeek) => ({ dayOfWeek, opensMinute: opens, closesMinute: closes }));

const ams = (periods: OpeningHours["periods"], exceptions: OpeningHours["exceptions"] = []): OpeningHours => ({
  timeZone: "Europe/Amsterdam",
  periods,
  exceptions,
});

// 2026-11-23 is a Monday; Amsterdam is UTC+1 in November.
const at = (local: string) => new Date(`${local}+01:00`);

describe("opening hours", () => {
  it("is open inside a period and closed outside, in the outlet's time zone", () => {
    const hours = ams(everyDay(11 * 60, 22 * 60));
    expect(openingStateAt(hours, at("2026-11-23T10:59:00")).open).toBe(false);
    expect(openingStateAt(hours, at("2026-11-23T11:00:00"))).toEqual({ open: true, closesAt: at("2026-11-23T22:00:00") });
    expect(openingStateAt(hours, at("2026-11-23T22:00:00")).open).toBe(false);
    // 21:30 UTC is 22:30 in Amsterdam: closed, although 21:30 would be open in UTC.
    expect(openingStateAt(hours, new Date("2026-11-23T21:30:00Z")).open).toBe(false);
  });

  it("handles several periods a day (lunch and dinner)", () => {
    const hours = ams([
      { dayOfWeek: 1, opensMinute: 12 * 60, closesMinute: 14 * 60 + 30 },
      { dayOfWeek: 1, opensMinute: 17 * 60, closesMinute: 22 * 60 },
    ]);
    expect(openingStateAt(hours, at("2026-11-23T13:00:00")).open).toBe(true);
    expect(openingStateAt(hours, at("2026-11-23T15:00:00")).open).toBe(false);
    expect(openingStateAt(hours, at("2026-11-23T18:00:00")).closesAt).toEqual(at("2026-11-23T22:00:00"));
  });

  it("keeps a period that runs past midnight open on the next morning", () => {
    const hours = ams([{ dayOfWeek: 1, opensMinute: 18 * 60, closesMinute: 26 * 60 }]); // Mon 18:00–Tue 02:00
    expect(openingStateAt(hours, at("2026-11-24T01:30:00"))).toEqual({ open: true, closesAt: at("2026-11-24T02:00:00") });
    expect(openingStateAt(hours, at("2026-11-24T02:00:00")).open).toBe(false);
    expect(openingStateAt(hours, at("2026-11-23T01:30:00")).open).toBe(false); // Sunday night had no period
  });

  it("treats touching periods as one stretch (24/7 never closes)", () => {
    const hours = ams(everyDay(0, 1440));
    const state = openingStateAt(hours, at("2026-11-23T23:50:00"));
    expect(state.open).toBe(true);
    expect(state.closesAt!.getTime() - at("2026-11-23T23:50:00").getTime()).toBeGreaterThan(6 * 24 * 3600_000);
  });

  it("lets a dated exception close a day or replace its hours", () => {
    const closedXmas = ams(everyDay(0, 1440), [{ date: "2026-12-25", closed: true, opensMinute: null, closesMinute: null }]);
    expect(openingStateAt(closedXmas, at("2026-12-25T12:00:00")).open).toBe(false);
    expect(openingStateAt(closedXmas, at("2026-12-24T20:00:00")).closesAt).toEqual(at("2026-12-25T00:00:00"));

    const short = ams(everyDay(11 * 60, 22 * 60), [
      { date: new Date("2026-12-31T00:00:00Z"), closed: false, opensMinute: 11 * 60, closesMinute: 16 * 60 },
    ]);
    expect(openingStateAt(short, at("2026-12-31T17:00:00")).open).toBe(false);
    expect(openingStateAt(short, at("2026-12-31T15:00:00")).closesAt).toEqual(at("2026-12-31T16:00:00"));
  });

  it("refuses ASAP orders that could not be finished before closing", () => {
    const hours = ams(everyDay(11 * 60, 22 * 60));
    expect(isOpenFor(hours, at("2026-11-23T21:00:00"), 45)).toBe(true);
    expect(isOpenFor(hours, at("2026-11-23T21:30:00"), 45)).toBe(false);
    expect(isOpenFor(hours, at("2026-11-23T23:00:00"), 0)).toBe(false);
  });

  it("follows daylight saving time (summer is UTC+2)", () => {
    const hours = ams(everyDay(11 * 60, 22 * 60));
    expect(openingStateAt(hours, new Date("2026-07-01T09:30:00Z")).open).toBe(true); // 11:30 local
    expect(openingStateAt(hours, new Date("2026-07-01T20:30:00Z")).open).toBe(false); // 22:30 local
  });
});
