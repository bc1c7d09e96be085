// Distances as a person says them: "about 450 m", "about 1.2 km", "less than 100 m". Rounded,
// because a driver's GPS fix is only so precise and the number changes every few seconds. The
// rounded amount only: the page words it in the reader's language.

export type Distance = { unit: "near" } | { unit: "m"; meters: number } | { unit: "km"; km: number };

export function roundDistance(meters: number): Distance {
  if (!Number.isFinite(meters) || meters < 100) return { unit: "near" };
  const fifties = Math.round(meters / 50) * 50;
  if (fifties < 1000) return { unit: "m", meters: fifties };
  return { unit: "km", km: Math.round(meters / 100) / 10 };
}
