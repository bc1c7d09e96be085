// GPS points as drivers' devices send them (socket `driver:location`, POST /api/v1/driver/location).
// Only the shape is checked here; whether a point is plausible (range, time, speed) is
// lib/tracking/validate-position.ts, so implausible points are counted as anomalies, not 400s.
import { z } from "zod";

/** A batch a device buffered while offline: oldest first. */
export const MAX_POINTS_PER_BATCH = 100;

export const positionPointSchema = z.object({
  lat: z.number().finite(),
  lng: z.number().finite(),
  /** Metres (radius of the device's 68% confidence circle). */
  accuracy: z.number().finite().nonnegative().optional(),
  /** Metres per second, as the device reports it. */
  speed: z.number().finite().nonnegative().optional(),
  /** Degrees clockwise from north. */
  heading: z.number().finite().min(0).max(360).optional(),
  /** When the device took the fix (ISO 8601 with an offset). */
  recordedAt: z.iso.datetime({ offset: true }).transform((value) => new Date(value)),
});

export type PositionPoint = z.output<typeof positionPointSchema>;
export type PositionPointInput = z.input<typeof positionPointSchema>;

/** One point, or a buffered batch of them. */
export const locationUploadSchema = z.union([
  positionPointSchema.transform((point) => [point]),
  z.object({ points: z.array(positionPointSchema).min(1).max(MAX_POINTS_PER_BATCH) }).transform(({ points }) => points),
]);
