/**
 * A time as the outlet's clock shows it. Fixed locale and zone: the server render and the
 * browser agree (no hydration mismatch), and staff read their own kitchen's time.
 */
export function formatOutletTime(iso: string, timeZone: string, withDate = false): string {
  return new Date(iso).toLocaleString("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    ...(withDate && { day: "numeric", month: "short" }),
  });
}
