import { describe, expect, it } from "vitest";
import { outletOrderability, type OutletState } from "@/lib/catalog/outlet-orderability";
import type { OpeningHours } from "@/lib/catalog/opening-hours";

// Monday 2026-11-23, Amsterdam is UTC+1 in winter.
const at = (localHHMM: string) => new Date(`2026-11-23T${localHHMM}:00+01:00`);
const hours: OpeningHours = {
  timeZone: "Europe/Amsterdam",
  periods: [
    { dayOfWeek: 1, opensMinute: 11 * 60 + 30, closesMinute: 14 * 60 + 30 },
    { dayOfWeek: 1, opensMinute: 17 * 60, closesMinute: 22 * 60 },
  ],
  exceptions: [],
};
const open: OutletState = { declaredStatus: "OPEN", statusUntil: null, avgPrepMinutes: 20, busyExtraMinutes: 15 };

describe("outletOrderability", () => {
  it("follows several periods a day in the outlet's time zone", () => {
    expect(outletOrderability(open, hours, at("12:00")).orderable).toBe(true);
    expect(outletOrderability(open, hours, at("15:00")).reason).toBe("outside_hours");
    expect(outletOrderability(open, hours, at("18:00")).orderable).toBe(true);
  });

  it("refuses ASAP orders that could not be cooked before closing", () => {
    expect(outletOrderability(open, hours, at("21:45")).reason).toBe("closing_soon");
    expect(outletOrderability(open, hours, at("21:35")).orderable).toBe(true);
    // busy mode lengthens the prep time, so the cut-off comes earlier
    expect(outletOrderability({ ...open, declaredStatus: "BUSY" }, hours, at("21:35")).reason).toBe("closing_soon");
  });

  it("honours a staff pause until its resume time", () => {
    const paused = { ...open, declaredStatus: "PAUSED" as const, statusUntil: at("12:30") };
    expect(outletOrderability(paused, hours, at("12:00")).reason).toBe("paused");
    expect(outletOrderability(paused, hours, at("12:31")).orderable).toBe(true);
    expect(outletOrderability({ ...open, declaredStatus: "CLOSED" }, hours, at("12:00")).reason).toBe("closed");
  });
});
