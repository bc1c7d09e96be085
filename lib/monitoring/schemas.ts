// Bodies and queries of the monitoring APIs, shared by the handlers and the dashboard.
// Strict objects: a misspelt field is a 400, not silently ignored.
import { z } from "zod";
import { ListingState, Severity } from "@/lib/generated/prisma/enums";

/** An observation pushed by a partner may be at most this far in the future (clock skew). */
const MAX_FUTURE_SKEW_MS = 5 * 60_000;

/** POST /api/v1/listings/{id}/observations */
export const observationSchema = z.strictObject({
  /** The partner's id of this observation: sending it again is a no-op. */
  eventId: z.string().trim().min(1).max(200),
  state: z.enum(ListingState),
  observedAt: z.iso
    .datetime({ offset: true, message: "observedAt must be an ISO 8601 date-time with a time zone" })
    .transform((value) => new Date(value))
    .refine((date) => date.getTime() <= Date.now() + MAX_FUTURE_SKEW_MS, "observedAt is in the future"),
  /** Our item ids the channel shows as orderable (checked against the kitchen's stock). */
  orderableItemIds: z.array(z.uuid()).max(2000).optional(),
  /** Anything else the partner wants kept with the observation (small). */
  details: z
    .record(z.string().max(100), z.unknown())
    .refine((value) => JSON.stringify(value).length <= 4000, "details must be at most 4000 characters of JSON")
    .optional(),
});
export type ObservationBody = z.input<typeof observationSchema>;

export const INCIDENT_STATE_FILTERS = ["open", "acknowledged", "resolved", "all"] as const;

/** GET /api/v1/chains/{id}/incidents?state=open|acknowledged|resolved|all&restaurantId=&limit= */
export const incidentQuerySchema = z.object({
  state: z.enum(INCIDENT_STATE_FILTERS).default("open"),
  restaurantId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** POST /api/v1/incidents/{id}/resolve */
export const resolveIncidentSchema = z.strictObject({ note: z.string().trim().min(1).max(2000).optional() });

/** POST /api/v1/incidents/{id}/comments */
export const incidentCommentSchema = z.strictObject({ body: z.string().trim().min(1, "Write something").max(2000) });

const minuteOfDay = z.number().int().min(0).max(1439);

/** PUT /api/v1/me/alert-subscription: empty lists mean "all". */
export const alertSubscriptionSchema = z
  .strictObject({
    restaurantIds: z.array(z.uuid()).max(10_000).default([]),
    channelCodes: z.array(z.string().trim().min(1).max(50)).max(50).default([]),
    minSeverity: z.enum(Severity).default("LOW"),
    email: z.boolean().default(true),
    inApp: z.boolean().default(true),
    /** Local minutes of day [start, end) when no email is sent; may wrap midnight; both or neither. */
    quietStartMinute: minuteOfDay.nullable().default(null),
    quietEndMinute: minuteOfDay.nullable().default(null),
    timeZone: z
      .string()
      .default("Europe/Amsterdam")
      .refine((tz) => Intl.supportedValuesOf("timeZone").includes(tz) || tz === "UTC", "Unknown time zone"),
  })
  .refine((s) => (s.quietStartMinute === null) === (s.quietEndMinute === null), {
    message: "Set both quietStartMinute and quietEndMinute, or neither",
    path: ["quietEndMinute"],
  });
export type AlertSubscriptionInput = z.input<typeof alertSubscriptionSchema>;
