// Who a driver is and which order they carry, remembered per realtime process so a GPS point
// costs no database read: at 2,000 points a second the lookup was the ingest's main cost.
// Entries live at most CONTEXT_TTL_MS and are dropped at once when the driver's job changes
// (the dispatch relay hears `job:updated`), so forwarding to a customer starts at pickup and
// stops at hand-over within moments.
export interface DriverContext {
  id: string;
  order: { id: string; status: string; customerId: string | null } | null;
}

export const CONTEXT_TTL_MS = 10_000;

export interface DriverContextCache {
  get(userId: string, now: number): DriverContext | undefined;
  set(userId: string, context: DriverContext, now: number): void;
  /** The driver's job changed: read them again on their next point. */
  forgetDriver(driverId: string): void;
}

export function createDriverContextCache(ttlMs = CONTEXT_TTL_MS): DriverContextCache {
  const byUser = new Map<string, { context: DriverContext; expiresAt: number }>();
  const userOfDriver = new Map<string, string>();
  return {
    get(userId, now) {
      const entry = byUser.get(userId);
      if (!entry) return undefined;
      if (entry.expiresAt > now) return entry.context;
      byUser.delete(userId);
      userOfDriver.delete(entry.context.id);
      return undefined;
    },
    set(userId, context, now) {
      byUser.set(userId, { context, expiresAt: now + ttlMs });
      userOfDriver.set(context.id, userId);
    },
    forgetDriver(driverId) {
      const userId = userOfDriver.get(driverId);
      if (userId === undefined) return;
      userOfDriver.delete(driverId);
      byUser.delete(userId);
    },
  };
}
