// Distances as a person says them: "about 450 m", "about 1.2 km", "less than 100 m". Rounded,
// because a driver's GPS fix is only so precise and the number changes every few seconds. The
// rounded amount only: the page words it (and formats it) in the reader's language.

export type Rounded = { unit: "m"; meters: number } | { unit: "km"; km: number };
export type Distance = { unit: "near" } | Rounded;

/** To `step` metres below a kilometre, to 100 m (one decimal of a km) above. */
export function roundToUnit(meters: number, step: number): Rounded {
  const rounded = Math.round(meters / step) * step;
  if (rounded < 1000) return { unit: "m", meters: rounded };
  return { unit: "km", km: Math.round(meters / 100) / 10 };
}

export function roundDistance(meters: number): Distance {
  if (!Number.isFinite(meters) || meters < 100) return { unit: "near" };
  return roundToUnit(meters, 50);
}
