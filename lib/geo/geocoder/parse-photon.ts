// Photon's answers (/api and /reverse): a GeoJSON FeatureCollection whose points are
// [lng, lat] and whose properties name the street, house number, postcode and city.
import { z } from "zod";
import { addressLabel, type AddressSuggestion } from "./geocoder";

const collection = z.object({
  features: z.array(
    z.object({
      geometry: z.object({ coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]) }),
      properties: z.object({
        name: z.string().optional(),
        street: z.string().optional(),
        housenumber: z.string().optional(),
        postcode: z.string().optional(),
        city: z.string().optional(),
        district: z.string().optional(),
      }),
    }),
  ),
});

export function parsePhotonFeatures(body: unknown): AddressSuggestion[] {
  return collection.parse(body).features.flatMap(({ geometry, properties: p }) => {
    const street = p.street ?? (p.housenumber ? undefined : p.name);
    // A feature with neither a street nor a name (a bare postcode area) is no address.
    if (!street) return [];
    const line1 = [street, p.housenumber].filter(Boolean).join(" ");
    const city = p.city ?? p.district ?? "";
    const [lng, lat] = geometry.coordinates;
    return [{ label: addressLabel(line1, p.postcode, city), line1, city, lat, lng }];
  });
}
