// The uptime axis of the report charts, from the data: on a fixed 0–100 % axis 96 % and 99 %
// look the same, yet that gap is a day of lost orders. The axis starts a little below the worst
// value, on a round number, and always ends at 100 %.

/** [lowest, 100] for the values shown; [0, 100] when there are none. */
export function uptimeAxisDomain(values: readonly (number | null | undefined)[]): [number, number] {
  const known = values.filter((v): v is number => typeof v === "number");
  if (known.length === 0) return [0, 100];
  const worst = Math.min(...known);
  // Some room below the worst value, so its point or bar is not drawn on the axis itself.
  const padded = worst - Math.max(1, (100 - worst) * 0.2);
  const span = 100 - padded;
  const step = span <= 10 ? 1 : span <= 50 ? 5 : 10;
  return [Math.max(0, Math.floor(padded / step) * step), 100];
}
