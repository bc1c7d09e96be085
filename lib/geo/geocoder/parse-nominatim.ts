// Nominatim's answers (format=jsonv2&addressdetails=1): /search gives an array of places,
// /reverse one place or { error: "Unable to geocode" }. Coordinates come as strings; the
// city may be named town, village or municipality outside big cities.
import { z } from "zod";
import { addressLabel, type AddressSuggestion } from "./geocoder";

const place = z.object({
  lat: z.coerce.number().min(-90).max(90),
  lon: z.coerce.number().min(-180).max(180),
  name: z.string().optional(),
  display_name: z.string(),
  address: z
    .object({
      road: z.string().optional(),
      pedestrian: z.string().optional(),
      house_number: z.string().optional(),
      postcode: z.string().optional(),
      city: z.string().optional(),
      town: z.string().optional(),
      village: z.string().optional(),
      municipality: z.string().optional(),
    })
    .default({}),
});

type Place = z.infer<typeof place>;

function toSuggestion(p: Place): AddressSuggestion {
  const a = p.address;
  const street = a.road ?? a.pedestrian;
  // Dutch order (street, then number); a place without a street keeps its own name.
  const line1 = street ? [street, a.house_number].filter(Boolean).join(" ") : (p.name || p.display_name.split(",")[0]!.trim());
  const city = a.city ?? a.town ?? a.village ?? a.municipality ?? "";
  return { label: addressLabel(line1, a.postcode, city), line1, city, lat: p.lat, lng: p.lon };
}

export function parseNominatimSearch(body: unknown): AddressSuggestion[] {
  return z.array(place).parse(body).map(toSuggestion);
}

export function parseNominatimReverse(body: unknown): AddressSuggestion | null {
  if (body && typeof body === "object" && "error" in body) return null;
  return toSuggestion(place.parse(body));
}
