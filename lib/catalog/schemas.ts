// Query-string pieces the catalog endpoints share. Values arrive as strings from the URL
// (or typed from server components); an empty `?lat=` counts as missing, never as 0.
import { z } from "zod";

export const blankAsMissing = (value: unknown) => (value === "" || value === null ? undefined : value);

export const optionalParam = <T extends z.ZodType>(schema: T) => z.preprocess(blankAsMissing, schema.optional());

export const latitude = optionalParam(z.coerce.number().min(-90).max(90));
export const longitude = optionalParam(z.coerce.number().min(-180).max(180));

/** lat and lng come together or not at all. */
export function refineOrigin(q: { lat?: number; lng?: number }, ctx: z.RefinementCtx) {
  if ((q.lat === undefined) !== (q.lng === undefined)) {
    ctx.addIssue({ code: "custom", path: [q.lat === undefined ? "lat" : "lng"], message: "lat and lng must be given together" });
  }
}

export function originOf(q: { lat?: number; lng?: number }): { lat: number; lng: number } | null {
  return q.lat !== undefined && q.lng !== undefined ? { lat: q.lat, lng: q.lng } : null;
}
