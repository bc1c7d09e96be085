// Who a driver is, which order they carry and where this process last stored them,
// remembered per realtime process so a GPS point costs no database read and one Redis round
// trip. An entry stays until the driver's job changes (the dispatch relay hears `job:updated`
// and forgets it), the relay's LISTEN restarts (a notice may have been missed: everything is
// forgotten), or the driver's socket leaves; the next point then reads it again (one query).
import type { PositionFix } from "@/lib/tracking/validate-position";

export interface DriverContext {
  id: string;
  order: { id: string; status: string; customerId: string | null } | null;
  /** The position this process last stored for the driver (null: none; absent: not known here). */
  last?: (PositionFix & { receivedAt: Date }) | null;
}

export interface DriverContextCache {
  get(userId: string): DriverContext | undefined;
  /** Remembers `context`, read when `version` was current: not if a driver was forgotten since. */
  set(userId: string, context: DriverContext, version: number): void;
  /** The driver's job changed: read them again on their next point. */
  forgetDriver(driverId: string): void;
  /** Job changes may have been missed: read every driver again. */
  forgetAll(): void;
  /** Changes whenever something is forgotten (see `set`). */
  readonly version: number;
}

export function createDriverContextCache(): DriverContextCache {
  const byUser = new Map<string, DriverContext>();
  const userOfDriver = new Map<string, string>();
  let version = 0;
  return {
    get: (userId) => byUser.get(userId),
    set(userId, context, readAt) {
      // The job changed while the context was being read: it may be the old one.
      if (readAt !== version) return;
      byUser.set(userId, context);
      userOfDriver.set(context.id, userId);
    },
    forgetDriver(driverId) {
      version++;
      const userId = userOfDriver.get(driverId);
      if (userId === undefined) return;
      userOfDriver.delete(driverId);
      byUser.delete(userId);
    },
    forgetAll() {
      version++;
      byUser.clear();
      userOfDriver.clear();
    },
    get version() {
      return version;
    },
  };
}
