// GET /api/v1/geocode/reverse: the address at a map pin (null when none is close by).
import { getGeocoder } from "@/lib/geo/geocoder/get-geocoder";
import { reverseGeocodeQuery } from "@/lib/geo/schemas";

export async function reverseGeocode(input: unknown) {
  const point = reverseGeocodeQuery.parse(input);
  return { address: await getGeocoder().reverse(point) };
}
