// Builders for weekly opening periods (minutes after local midnight, 0 = Sunday). A period
// that runs past midnight keeps counting: 17:00–03:00 is 1020 → 1620.
import type { WeeklyPeriod } from "@/lib/catalog/opening-hours";

export const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6] as const;
export const WEEKDAYS = [1, 2, 3, 4, 5] as const;
export const WEEKEND = [0, 6] as const;
export const SUN_TO_THU = [0, 1, 2, 3, 4] as const;
export const FRI_SAT = [5, 6] as const;
export const TUE_TO_SUN = [0, 2, 3, 4, 5, 6] as const;
export const MON_TO_SAT = [1, 2, 3, 4, 5, 6] as const;

/** "HH:MM" → minutes; hours above 23 mean the next morning ("03:00" after midnight is "27:00"). */
export function at(time: string): number {
  const [h, m] = time.split(":").map(Number);
  return h! * 60 + (m ?? 0);
}

export function on(days: readonly number[], opens: string, closes: string): WeeklyPeriod[] {
  return days.map((dayOfWeek) => ({ dayOfWeek, opensMinute: at(opens), closesMinute: at(closes) }));
}

/** Open around the clock: one 0 → 1440 period per day, chained by the opening-hours logic. */
export const ALWAYS_OPEN: readonly WeeklyPeriod[] = on(EVERY_DAY, "00:00", "24:00");

/** The classic split service: lunch, a break while the kitchen preps, then dinner. */
export function lunchAndDinner(days: readonly number[] = EVERY_DAY, lateClose = "22:00"): WeeklyPeriod[] {
  return [...on(days, "11:30", "14:30"), ...on(days, "17:00", lateClose)];
}
