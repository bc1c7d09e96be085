// A driver's GPS points: checked for plausibility, throttled to one accepted point per 3 s,
// then stored as the latest position, and (batched) in the history and on the driver row.
// Used by the socket event `driver:location` (with a per-process driver context cache) and by
// POST /api/v1/driver/location.
// The socket path costs one Redis round trip per point and no database read: the context
// (driver, order, last stored position) is this process's memory, and the store is a
// compare-and-set against the previous position the point was checked against.
import type { Actor } from "@/lib/auth/actor";
import { forbidden, notFound } from "@/lib/errors/app-error";
import { createLogger } from "@/lib/logger";
import type { DriverPositionMessage } from "@/lib/realtime/events";
import type { PositionPoint } from "@/lib/tracking/schemas";
import { validatePosition, type PositionAnomaly } from "@/lib/tracking/validate-position";
import { offerLatestPosition, POSITION_TTL_MS, type ExpectedPrevious } from "@/lib/tracking/latest-positions";
import { getPositionHistoryWriter } from "@/lib/tracking/position-history-writer";
import { updateEtaOnMove } from "@/lib/tracking/update-eta-on-move";
import { readDriverContext } from "@/lib/tracking/read-driver-context";
import type { DriverContext, DriverContextCache } from "@/lib/tracking/driver-context-cache";

/** At most one accepted point per driver per this interval; extras are dropped silently. */
export const POSITION_INTERVAL_MS = 3000;
/** Another process storing the same driver's points at the same moment: give up after this many tries. */
const MAX_OFFERS = 3;

const log = createLogger("tracking");
const anomalies = new Map<PositionAnomaly, number>();

/** Anomalies seen by this process since it started, by reason. */
export const anomalyCounts = (): Record<string, number> => Object.fromEntries(anomalies);

export type IngestReason = PositionAnomaly | "rate_limited";

/** A position the driver's customer may see: only once the order is picked up. */
export interface Forward {
  customerId: string;
  message: DriverPositionMessage;
}

export interface IngestResult {
  accepted: boolean;
  reason?: IngestReason;
  forward?: Forward;
}

async function driverContext(actor: Actor, cache?: DriverContextCache): Promise<DriverContext> {
  if (actor.role !== "DRIVER") throw forbidden();
  const context = await readDriverContext(actor.userId, cache);
  if (!context) throw notFound("Driver profile");
  return context;
}

async function ingestOne(driver: DriverContext, point: PositionPoint, now: Date): Promise<IngestResult> {
  const heading = point.heading ?? null;
  // What this process last stored, if still a position (undefined: not known here).
  const known = driver.last;
  let previous = known && now.getTime() - known.receivedAt.getTime() >= POSITION_TTL_MS ? null : known;
  for (let offer = 0; ; offer++) {
    const verdict = validatePosition(point, previous ?? null, now);
    if (!verdict.ok) {
      anomalies.set(verdict.reason, (anomalies.get(verdict.reason) ?? 0) + 1);
      // Where a driver was is personal data: the reason and time say what went wrong, not the place.
      log.info("gps anomaly", { driverId: driver.id, reason: verdict.reason, recordedAt: point.recordedAt });
      return { accepted: false, reason: verdict.reason };
    }
    if (offer === MAX_OFFERS) return { accepted: false, reason: "rate_limited" };
    // Throttled on the device's clock (bounded by the checks above), so a buffered batch keeps
    // one point per 3 s of driving, and a point older than the last accepted one is dropped.
    const expected: ExpectedPrevious = previous === undefined ? "unknown" : previous && { recordedAt: previous.recordedAt.getTime() };
    const result = await offerLatestPosition({ driverId: driver.id, lat: point.lat, lng: point.lng, heading, recordedAt: point.recordedAt, receivedAt: now }, expected, POSITION_INTERVAL_MS);
    if (result.stored) break;
    if ("reason" in result) {
      driver.last = previous;
      return { accepted: false, reason: "rate_limited" };
    }
    // Stored by someone else (or not known here): check the point against that one.
    previous = result.previous;
    driver.last = previous;
  }
  driver.last = { lat: point.lat, lng: point.lng, recordedAt: point.recordedAt, receivedAt: now };
  // The history row also moves the driver row's last position when its batch is written.
  getPositionHistoryWriter().add({
    driverId: driver.id,
    orderId: driver.order?.id ?? null,
    lat: point.lat,
    lng: point.lng,
    accuracyMeters: point.accuracy ?? null,
    speed: point.speed ?? null,
    heading,
    recordedAt: point.recordedAt,
    receivedAt: now,
  });
  const { order } = driver;
  // Privacy: the customer sees the driver only from pickup on, never on the way to the kitchen.
  if (order?.status !== "PICKED_UP" || !order.customerId) return { accepted: true };
  const message: DriverPositionMessage = { orderId: order.id, lat: point.lat, lng: point.lng, recordedAt: point.recordedAt.toISOString() };
  if (point.heading !== undefined) message.heading = point.heading;
  return { accepted: true, forward: { customerId: order.customerId, message } };
}

async function followDriver(driver: DriverContext, point: PositionPoint, now: Date) {
  // The customer's ETA follows the driver (recomputed only after a move of more than 100 m).
  if (driver.order) await updateEtaOnMove(driver.order.id, point, now);
}

/** One point from the signed-in driver (socket); `contexts` spares the driver lookup. */
export async function ingestPosition(actor: Actor, point: PositionPoint, now = new Date(), contexts?: DriverContextCache): Promise<IngestResult> {
  const driver = await driverContext(actor, contexts);
  const result = await ingestOne(driver, point, now);
  if (result.accepted) await followDriver(driver, point, now);
  return result;
}

export interface IngestSummary {
  accepted: number;
  /** Points dropped by the 3 s throttle. */
  dropped: number;
  anomalies: { index: number; reason: PositionAnomaly }[];
  /** The newest forwardable position, if any. */
  forward?: Forward;
}

/** A batch from the signed-in driver (HTTP), oldest first. */
export async function ingestPositions(actor: Actor, points: PositionPoint[], now = new Date()): Promise<IngestSummary> {
  const driver = await driverContext(actor);
  const summary: IngestSummary = { accepted: 0, dropped: 0, anomalies: [] };
  let last: PositionPoint | undefined;
  for (const [index, point] of points.entries()) {
    const result = await ingestOne(driver, point, now);
    if (result.accepted) {
      summary.accepted++;
      last = point;
      if (result.forward) summary.forward = result.forward;
    } else if (result.reason === "rate_limited") summary.dropped++;
    else if (result.reason) summary.anomalies.push({ index, reason: result.reason });
  }
  if (last) await followDriver(driver, last, now);
  return summary;
}
