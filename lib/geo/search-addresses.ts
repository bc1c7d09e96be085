// GET /api/v1/geocode/search: address autocomplete for "Deliver to…" and checkout.
import { getGeocoder } from "@/lib/geo/geocoder/get-geocoder";
import { MAX_ADDRESS_SUGGESTIONS, searchAddressesQuery } from "@/lib/geo/schemas";

export async function searchAddresses(input: unknown) {
  const { q, lat, lng } = searchAddressesQuery.parse(input);
  const near = lat !== undefined && lng !== undefined ? { lat, lng } : null;
  const suggestions = await getGeocoder().search(q, { near, limit: MAX_ADDRESS_SUGGESTIONS });
  return { query: q, suggestions };
}
