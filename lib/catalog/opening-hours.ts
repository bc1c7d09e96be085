// Is an outlet open at a given instant, and until when? Hours are local to the outlet's
// time zone: several periods per weekday (a period may run past midnight, closesMinute
// > 1440), and dated exceptions that replace a day's periods (closed, or special hours).

export interface WeeklyPeriod {
  /** 0 = Sunday … 6 = Saturday. */
  dayOfWeek: number;
  opensMinute: number;
  closesMinute: number;
}

export interface DatedException {
  /** The local calendar date it applies to. */
  date: Date | string;
  closed: boolean;
  opensMinute: number | null;
  closesMinute: number | null;
}

export interface OpeningHours {
  timeZone: string;
  periods: WeeklyPeriod[];
  exceptions: DatedException[];
}

interface LocalTime {
  date: string; // YYYY-MM-DD
  dayOfWeek: number;
  minute: number;
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const formatters = new Map<string, Intl.DateTimeFormat>();

// Browse asks for the local time of every outlet it lists, nearly all in one zone: a zone's
// answer holds for a whole UTC minute (today's offsets are whole minutes), so the last one per
// zone is kept. Each listed outlet asked for it twice (open now, and open long enough to cook).
const lastLocalTimes = new Map<string, { minute: number; local: LocalTime }>();

function localTime(instant: Date, timeZone: string): LocalTime {
  const minute = Math.floor(instant.getTime() / 60_000);
  const last = lastLocalTimes.get(timeZone);
  if (last?.minute === minute) return last.local;
  const local = formatLocalTime(instant, timeZone);
  lastLocalTimes.set(timeZone, { minute, local });
  return local;
}

function formatLocalTime(instant: Date, timeZone: string): LocalTime {
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      weekday: "short",
      hour: "2-digit",
      minute: "2-digit",
    });
    formatters.set(timeZone, fmt);
  }
  const p = Object.fromEntries(fmt.formatToParts(instant).map((x) => [x.type, x.value]));
  return {
    date: `${p.year}-${p.month}-${p.day}`,
    dayOfWeek: WEEKDAYS.indexOf(p.weekday!),
    minute: Number(p.hour) * 60 + Number(p.minute),
  };
}

function isoDate(d: Date | string): string {
  return typeof d === "string" ? d.slice(0, 10) : d.toISOString().slice(0, 10);
}

function shiftDate(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The periods that start on a local date: its exception if it has one, else its weekday's. */
function periodsOn(hours: OpeningHours, date: string): { opens: number; closes: number }[] {
  const exception = hours.exceptions.find((e) => isoDate(e.date) === date);
  if (exception) {
    if (exception.closed || exception.opensMinute === null || exception.closesMinute === null) return [];
    return [{ opens: exception.opensMinute, closes: exception.closesMinute }];
  }
  const dayOfWeek = new Date(`${date}T00:00:00Z`).getUTCDay();
  return hours.periods.filter((p) => p.dayOfWeek === dayOfWeek).map((p) => ({ opens: p.opensMinute, closes: p.closesMinute }));
}

/**
 * Minutes from `date` 00:00 (local) at which the open stretch containing minute `m`
 * (counted from the same midnight) ends, following periods that touch across midnight;
 * null when closed at `m`.
 */
function openUntilMinute(hours: OpeningHours, date: string, m: number): number | null {
  const candidates = [
    ...periodsOn(hours, shiftDate(date, -1)).map((p) => ({ opens: p.opens - 1440, closes: p.closes - 1440 })),
    ...periodsOn(hours, date),
  ];
  const current = candidates.find((p) => p.opens <= m && m < p.closes);
  if (!current) return null;
  let end = current.closes;
  // Chain into periods that start exactly when (or before) this one ends: 24/7 stays open.
  for (let guard = 0; guard < 14; guard++) {
    const dayOffset = Math.floor(end / 1440);
    const next = periodsOn(hours, shiftDate(date, dayOffset))
      .map((p) => ({ opens: p.opens + dayOffset * 1440, closes: p.closes + dayOffset * 1440 }))
      .find((p) => p.opens <= end && p.closes > end);
    if (!next) break;
    end = next.closes;
  }
  return end;
}

/** Whether the outlet's hours say it is open at `instant`, and when that open stretch ends. */
export function openingStateAt(hours: OpeningHours, instant: Date): { open: boolean; closesAt: Date | null } {
  const local = localTime(instant, hours.timeZone);
  const end = openUntilMinute(hours, local.date, local.minute);
  if (end === null) return { open: false, closesAt: null };
  // Offsets within one stretch ignore a DST shift inside it: at most an hour early or late.
  const closesAt = new Date(instant.getTime() + (end - local.minute) * 60_000);
  closesAt.setUTCSeconds(0, 0);
  return { open: true, closesAt };
}

/** True when the outlet is open now and stays open for at least `minutes` more. */
export function isOpenFor(hours: OpeningHours, instant: Date, minutes: number): boolean {
  const state = openingStateAt(hours, instant);
  return state.open && state.closesAt!.getTime() - instant.getTime() >= minutes * 60_000;
}

// Reports ask for the same local times for every outlet of a zone: answers are remembered
// (bounded), since each costs two Intl lookups.
const zonedCache = new Map<string, number>();
const ZONED_CACHE_MAX = 50_000;

/** The UTC instant of local wall time `minute` (may exceed 1440) after midnight of `date` in `timeZone`. */
export function zonedInstant(date: string, minute: number, timeZone: string): Date {
  const key = `${timeZone}|${date}|${minute}`;
  let instant = zonedCache.get(key);
  if (instant === undefined) {
    if (zonedCache.size >= ZONED_CACHE_MAX) zonedCache.clear();
    instant = computeZonedInstant(date, minute, timeZone);
    zonedCache.set(key, instant);
  }
  return new Date(instant);
}

function computeZonedInstant(date: string, minute: number, timeZone: string): number {
  const wall = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + minute * 60_000;
  // The zone's offset at a guess, then again at the corrected instant (right across a DST change).
  let instant = wall;
  for (let i = 0; i < 2; i++) {
    const local = localTime(new Date(instant), timeZone);
    const localWall = Date.parse(`${local.date}T00:00:00Z`) + local.minute * 60_000;
    instant = wall - (localWall - instant);
  }
  return instant;
}

/** The local calendar date (YYYY-MM-DD) of `instant` in `timeZone`. */
export function localDateOf(instant: Date, timeZone: string): string {
  return localTime(instant, timeZone).date;
}

/**
 * The outlet's open stretches that overlap [from, to), clipped to it, in order; periods that
 * touch or overlap (24/7, past midnight) are merged into one stretch.
 */
export function openStretchesBetween(hours: OpeningHours, from: Date, to: Date): { start: Date; end: Date }[] {
  const stretches: { start: number; end: number }[] = [];
  const last = localDateOf(to, hours.timeZone);
  // Start a day early: yesterday's period may run past midnight into the window.
  for (let date = shiftDate(localDateOf(from, hours.timeZone), -1); date <= last; date = shiftDate(date, 1)) {
    for (const p of periodsOn(hours, date).sort((a, b) => a.opens - b.opens)) {
      const start = Math.max(zonedInstant(date, p.opens, hours.timeZone).getTime(), from.getTime());
      const end = Math.min(zonedInstant(date, p.closes, hours.timeZone).getTime(), to.getTime());
      if (end <= start) continue;
      const previous = stretches.at(-1);
      if (previous && start <= previous.end) previous.end = Math.max(previous.end, end);
      else stretches.push({ start, end });
    }
  }
  return stretches.map((s) => ({ start: new Date(s.start), end: new Date(s.end) }));
}
