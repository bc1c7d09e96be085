// Distances as a person says them: "about 450 m", "about 1.2 km", "less than 100 m". Rounded,
// because a driver's GPS fix is only so precise and the number changes every few seconds.

export function describeDistance(meters: number): string {
  if (!Number.isFinite(meters) || meters < 100) return "less than 100 m";
  const fifties = Math.round(meters / 50) * 50;
  if (fifties < 1000) return `about ${fifties} m`;
  return `about ${(Math.round(meters / 100) / 10).toFixed(1)} km`;
}
