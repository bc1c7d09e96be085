// Countdowns shown to people: an offer's time to answer, an order's ETA. Pure, so the
// rounding rules are tested once and every screen counts the same way.

/** Whole seconds left until `target` at `now`, never negative (rounded up: "0" only when over). */
export function secondsUntil(target: Date | string, now: number): number {
  const ms = new Date(target).getTime() - now;
  return ms > 0 ? Math.ceil(ms / 1000) : 0;
}

/** "m:ss" for short countdowns (an offer's 30 s). */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

/** An ETA as people say it, as parts the page words in its language: "any minute now", "12 min", "1 h 05 min". */
export type Eta = { soon: true } | { soon: false; hours: number; minutes: number };

export function etaParts(seconds: number): Eta {
  if (seconds < 60) return { soon: true };
  const minutes = Math.round(seconds / 60);
  return { soon: false, hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}
