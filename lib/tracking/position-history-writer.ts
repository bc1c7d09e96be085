// GPS history goes to PostgreSQL in batches: one multi-row INSERT per second (or per 500
// points, whichever comes first) instead of one per point, and one UPDATE that moves each
// driver's last position on their row (read by dispatch without Redis and by the tracking
// page). A point is history, not state, so a failed batch is logged and dropped rather than
// retried forever; at most the last second is lost if a process dies without flushing.
import { prisma } from "@/lib/db/client";
import { createLogger, type Logger } from "@/lib/logger";

export interface PositionRow {
  driverId: string;
  orderId: string | null;
  lat: number;
  lng: number;
  accuracyMeters: number | null;
  speed: number | null;
  heading: number | null;
  recordedAt: Date;
  receivedAt: Date;
}

export interface PositionHistoryWriterOptions {
  flushMs?: number;
  maxBatch?: number;
  log?: Logger;
}

export interface PositionHistoryWriter {
  add(row: PositionRow): void;
  /** Writes what is buffered now; resolves with the number of rows written. */
  flush(): Promise<number>;
  /** Pending rows, for tests and monitoring. */
  readonly pending: number;
}

export function createPositionHistoryWriter({ flushMs = 1000, maxBatch = 500, log = createLogger("tracking") }: PositionHistoryWriterOptions = {}): PositionHistoryWriter {
  let buffer: PositionRow[] = [];
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<unknown> = Promise.resolve();

  async function write(rows: PositionRow[]): Promise<number> {
    const [inserted] = await Promise.all([insertHistory(rows), moveDrivers(rows)]);
    return inserted;
  }

  async function insertHistory(rows: PositionRow[]): Promise<number> {
    try {
      const { count } = await prisma.driverPosition.createMany({ data: rows });
      return count;
    } catch (error) {
      log.error("position history batch failed", { error, rows: rows.length });
      return 0;
    }
  }

  async function moveDrivers(rows: PositionRow[]) {
    const newest = new Map<string, PositionRow>();
    for (const row of rows) {
      const seen = newest.get(row.driverId);
      if (!seen || row.recordedAt >= seen.recordedAt) newest.set(row.driverId, row);
    }
    const latest = [...newest.values()];
    try {
      // Not a versioned change: a position must never make a dispatch write lose its race.
      // Never moves a row back to an older point (two processes may flush out of order).
      await prisma.$executeRaw`
        UPDATE drivers AS d SET last_lat = v.lat, last_lng = v.lng, last_seen_at = v.seen
        FROM unnest(${latest.map((r) => r.driverId)}::uuid[], ${latest.map((r) => r.lat)}::float8[],
                    ${latest.map((r) => r.lng)}::float8[], ${latest.map((r) => r.receivedAt)}::timestamptz[]) AS v(id, lat, lng, seen)
        WHERE d.id = v.id AND (d.last_seen_at IS NULL OR d.last_seen_at <= v.seen)`;
    } catch (error) {
      log.error("driver last positions batch failed", { error, drivers: latest.length });
    }
  }

  function flush(): Promise<number> {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const rows = buffer;
    buffer = [];
    // Batches are written one after another, so history lands in the order it arrived.
    const done = writing.then(() => (rows.length > 0 ? write(rows) : 0));
    writing = done;
    return done;
  }

  return {
    add(row) {
      buffer.push(row);
      if (buffer.length >= maxBatch) void flush();
      else if (!timer) timer = setTimeout(() => void flush(), flushMs).unref();
    },
    flush,
    get pending() {
      return buffer.length;
    },
  };
}

const globalForHistory = globalThis as unknown as { positionHistory?: PositionHistoryWriter };

/** The process's writer (one per process, so every caller shares its batches). */
export function getPositionHistoryWriter(): PositionHistoryWriter {
  return (globalForHistory.positionHistory ??= createPositionHistoryWriter());
}

/** For shutdown: writes whatever is still buffered. */
export async function flushPositionHistory(): Promise<number> {
  return globalForHistory.positionHistory ? globalForHistory.positionHistory.flush() : 0;
}
