// When is a driver's position too old to show as live? No update for 30 s: the customer's
// map then says so instead of pretending the driver stands still.

export const STALE_AFTER_MS = 30_000;

/**
 * `lastUpdateAt`: when this screen last heard of the driver (ms, its own clock: device
 * clocks differ, so the fix's recordedAt would make a correct position look stale).
 */
export function isPositionStale(lastUpdateAt: number | null, now: number, staleAfterMs = STALE_AFTER_MS): boolean {
  return lastUpdateAt === null || now - lastUpdateAt >= staleAfterMs;
}
